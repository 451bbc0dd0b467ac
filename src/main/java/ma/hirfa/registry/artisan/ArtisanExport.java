package ma.hirfa.registry.artisan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.hirfa.platform.AuditHistoryItem;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.transfer.ExportFormat;
import ma.hirfa.platform.transfer.TabularExport;
import ma.hirfa.registry.card.CardView;
import ma.hirfa.registry.card.ProfessionalCards;
import ma.hirfa.registry.identity.ArtisanFinder;
import ma.hirfa.registry.identity.IdentitySearchResult;
import ma.hirfa.registry.privacy.Consents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports. Everything Hirfa holds about one artisan (Law 09-08 right of access): the file, its timeline, cards,
 * consents and the audit trail of changes. Producing it is itself recorded in the audit trail.
 */
@Service
public class ArtisanExport {

    public record ExportedFile(
            ArtisanView file,
            List<ArtisanTimeline.Event<ArtisanStatus>> timeline,
            List<CardView> cards,
            Collection<Consents.Consent> consents,
            List<AuditHistoryItem> changes) {}

    private final ArtisanService files;
    private final ArtisanViews views;
    private final ArtisanTimeline timeline;
    private final ProfessionalCards cards;
    private final Consents consents;
    private final AuditTrail audit;
    private final ArtisanQueries queries;
    private final CurrentUsers users;
    private final ArtisanFinder finder;
    private final ArtisanList list;

    ArtisanExport(
            ArtisanService files,
            ArtisanViews views,
            ArtisanTimeline timeline,
            ProfessionalCards cards,
            Consents consents,
            AuditTrail audit,
            ArtisanQueries queries,
            CurrentUsers users,
            ArtisanFinder finder,
            ArtisanList list) {
        this.finder = finder;
        this.list = list;
        this.files = files;
        this.views = views;
        this.timeline = timeline;
        this.cards = cards;
        this.consents = consents;
        this.audit = audit;
        this.queries = queries;
        this.users = users;
    }

    /**
     * The files a search finds, as CSV or XLSX, within the user's region. The export is recorded in the audit
     * trail with its filters and the number of files, as a read of personal data.
     */
    @Transactional
    void search(ArtisanSearch search, ExportFormat format, OutputStream out) {
        CurrentUser user = users.current();
        if (user.hasRole(Role.ARTISAN)) {
            throw new AccessDeniedException("staff only");
        }
        long[] count = {0};
        Path spool = spoolFile();
        try {
            try (var writer = Files.newBufferedWriter(spool)) {
                queries.each(search, user.scope(), list.ranked(search), row -> {
                    count[0]++;
                    try {
                        writer.write(encode(row));
                        writer.newLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            try (var lines = Files.lines(spool)) {
                TabularExport.write(format, ArtisanQueries.EXPORT_COLUMNS, lines.map(ArtisanExport::decode), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException ignored) {
                // temporary folder
            }
        }
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("export", format.name());
        what.put("filters", search);
        what.put("files", count[0]);
        audit.read(SEARCH_EXPORT, user.username(), user.regionCode(), what);
    }

    static final String SEARCH_EXPORT = "ArtisanSearchExport";

    /** Columns added to an export of the one-box search: how well each file matched, and why. */
    static final List<String> MATCH_COLUMNS = List.of("match_score", "match_reasons");

    /**
     * The files the one-box search finds for {@code q} (at most {@link ArtisanFinder#MAX_LIMIT}), best first, as
     * CSV or XLSX with the score and reasons, within the user's region; audited like the list export.
     */
    @Transactional
    void identitySearch(String q, ExportFormat format, OutputStream out) {
        CurrentUser user = users.current();
        if (user.hasRole(Role.ARTISAN)) {
            throw new AccessDeniedException("staff only");
        }
        List<IdentitySearchResult> results = finder.find(q, ArtisanFinder.MAX_LIMIT);
        Map<Long, List<String>> rows = queries.exportRows(
                results.stream().map(IdentitySearchResult::id).toList(), user.scope());
        List<String> headers = new ArrayList<>(ArtisanQueries.EXPORT_COLUMNS);
        headers.addAll(MATCH_COLUMNS);
        List<List<String>> lines = new ArrayList<>();
        for (IdentitySearchResult r : results) {
            List<String> row = rows.get(r.id());
            if (row == null) {
                continue;
            }
            List<String> line = new ArrayList<>(row);
            line.add(String.valueOf(r.score()));
            line.add(String.join(" ", r.reasons()));
            lines.add(line);
        }
        TabularExport.write(format, headers, lines.stream(), out);
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("export", format.name());
        what.put("search", q);
        what.put("files", lines.size());
        audit.read(SEARCH_EXPORT, user.username(), user.regionCode(), what);
    }

    private static Path spoolFile() {
        try {
            return Files.createTempFile("hirfa-export", ".tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows are spooled to disk while the query runs, so the database cursor never waits on the client. */
    private static String encode(List<String> row) {
        StringBuilder line = new StringBuilder();
        for (String cell : row) {
            if (!line.isEmpty()) {
                line.append('\t');
            }
            line.append(
                    cell == null
                            ? "\\N"
                            : cell.replace("\\", "\\\\")
                                    .replace("\t", "\\t")
                                    .replace("\n", "\\n")
                                    .replace("\r", "\\r"));
        }
        return line.toString();
    }

    private static List<String> decode(String line) {
        List<String> cells = new ArrayList<>();
        for (String raw : line.split("\t", -1)) {
            if (raw.equals("\\N")) {
                cells.add(null);
                continue;
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < raw.length()) {
                    char n = raw.charAt(++i);
                    out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
                } else {
                    out.append(c);
                }
            }
            cells.add(out.toString());
        }
        return cells;
    }

    @Transactional
    public ExportedFile of(long id, Language language) {
        Artisan file = files.get(id);
        ExportedFile export = new ExportedFile(
                views.of(file, language),
                timeline.of(id),
                cards.history(id),
                consents.of(id).values(),
                audit.history(ArtisanService.ENTITY, id));
        audit.read(ArtisanService.ENTITY, id, file.regionCode(), java.util.Map.of("export", "all personal data"));
        return export;
    }
}
