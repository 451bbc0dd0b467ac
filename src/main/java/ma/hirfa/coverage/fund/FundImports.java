package ma.hirfa.coverage.fund;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.hirfa.coverage.file.CoverageAccess;
import ma.hirfa.coverage.file.CoverageRefusedException;
import ma.hirfa.coverage.file.CoverageStore;
import ma.hirfa.coverage.rights.Explanation;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.NotFoundException;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the fund's files: a dry run first (each row applied in a transaction that is rolled back, so the
 * report says exactly what a commit would do), then the commit, each row in its own transaction (a row is
 * written entirely or not at all). A file already committed (same SHA-256) is not imported again; rows the
 * matching engine could only propose wait for an officer.
 */
@Service
class FundImports {

    static final int MAX_ROWS = 20_000;

    /** Columns a fund file may leave out; every other column of its kind must be in the header. */
    static final java.util.Set<String> OPTIONAL = java.util.Set.of(
            "last_name",
            "first_name",
            "birth_date",
            "status",
            "recorded_on",
            "fund_reference",
            "rejection_reason",
            "decided_on",
            "amount_reimbursed");

    private final FundImportStore imports;
    private final FundRowApplier applier;
    private final CoverageAccess access;
    private final CoverageStore store;
    private final RegisteredArtisans artisans;
    private final ReferenceData reference;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FundImports(
            FundImportStore imports,
            FundRowApplier applier,
            CoverageAccess access,
            CoverageStore store,
            RegisteredArtisans artisans,
            ReferenceData reference,
            TransactionTemplate transactions,
            Clock clock) {
        this.imports = imports;
        this.applier = applier;
        this.access = access;
        this.store = store;
        this.artisans = artisans;
        this.reference = reference;
        this.transactions = transactions;
        this.clock = clock;
    }

    record Uploaded(long importId, boolean alreadyImported) {}

    /** Reads the file and runs its dry run; a file already committed answers with that import. */
    Uploaded upload(FundFileKind kind, String fileName, byte[] content) {
        CurrentUser user = access.officer();
        String region = access.region();
        if (kind == null || content == null || content.length == 0) {
            throw CoverageRefusedException.of("file", "coverage.fund.empty");
        }
        String hash = sha256(content);
        Optional<FundImportStore.FundImport> earlier = imports.committedWithHash(kind, hash, region);
        if (earlier.isPresent()) {
            return new Uploaded(earlier.get().id(), true);
        }
        List<FundRow> rows = parse(kind, content);
        long id = imports.create(
                kind, fileName == null ? "file.csv" : fileName, hash, region, user.username(), clock.instant());
        FundMatcher matcher = new FundMatcher(artisans, store, reference, region);
        for (FundRow row : rows) {
            imports.addRow(id, row, evaluate(kind, row, matcher, false), row.get("national_id"), name(row));
        }
        imports.finish(id, "DRY_RUN", null);
        return new Uploaded(id, false);
    }

    /** Applies the rows of a dry run; answers false when this file was committed meanwhile. */
    boolean commit(long importId) {
        FundImportStore.FundImport dryRun = get(importId);
        if (dryRun.committed()
                || imports.committedWithHash(dryRun.kind(), dryRun.fileHash(), dryRun.regionCode())
                        .isPresent()) {
            return false;
        }
        FundMatcher matcher = new FundMatcher(artisans, store, reference, dryRun.regionCode());
        for (FundImportStore.Row stored : imports.rows(importId)) {
            FundRow row = reparse(dryRun.kind(), stored);
            imports.updateRow(stored.id(), evaluate(dryRun.kind(), row, matcher, true), null, null);
        }
        imports.finish(importId, "COMMITTED", clock.instant());
        return true;
    }

    /** An officer accepts the artisan the matching engine proposed for a row of a committed file. */
    Evaluation accept(long rowId) {
        CurrentUser user = access.officer();
        FundImportStore.Row stored = imports.row(rowId).orElseThrow(() -> new NotFoundException("FundRow", rowId));
        FundImportStore.FundImport fundImport = get(stored.importId());
        if (!fundImport.committed() || stored.outcome() != RowOutcome.PROPOSED || stored.proposedArtisanId() == null) {
            throw CoverageRefusedException.of("row", "coverage.fund.notProposed");
        }
        access.artisan(stored.proposedArtisanId());
        FundRow row = reparse(fundImport.kind(), stored);
        FundMatch chosen = FundMatch.found(stored.proposedArtisanId(), "officer", false);
        Evaluation result = apply(fundImport.kind(), row, chosen, true);
        imports.updateRow(rowId, result, user.username(), clock.instant());
        imports.finish(fundImport.id(), "COMMITTED", fundImport.committedAt());
        return result;
    }

    FundImportStore.FundImport get(long importId) {
        access.officer();
        String region = access.region();
        return imports.find(importId)
                .filter(i -> region == null || region.equals(i.regionCode()))
                .orElseThrow(() -> new NotFoundException("FundImport", importId));
    }

    List<FundImportStore.FundImport> recent() {
        access.officer();
        return imports.recent(access.region());
    }

    List<FundImportStore.Row> rows(long importId) {
        FundImportStore.FundImport fundImport = get(importId);
        access.read("fund-import", fundImport.regionCode(), "fund import " + importId);
        return imports.rows(importId);
    }

    private Evaluation evaluate(FundFileKind kind, FundRow row, FundMatcher matcher, boolean commit) {
        String nationalId = row.get("national_id");
        String fundNumber = row.get("fund_number");
        LocalDate birthDate;
        try {
            birthDate = row.get("birth_date") == null ? null : LocalDate.parse(row.get("birth_date"));
        } catch (DateTimeParseException e) {
            birthDate = null;
        }
        FundMatch match = matcher.match(nationalId, fundNumber, row.get("last_name"), row.get("first_name"), birthDate);
        if (match.artisanId() == null && match.proposedArtisanId() != null) {
            String who = artisans.find(match.proposedArtisanId())
                    .map(a -> a.displayName() + " (" + a.registrationNumber() + ")")
                    .orElse(String.valueOf(match.proposedArtisanId()));
            return new Evaluation(
                    RowOutcome.PROPOSED,
                    "coverage.fund.row.proposed",
                    List.of(who, String.valueOf(Math.round(match.score() * 100))),
                    match,
                    null);
        }
        if (match.artisanId() == null) {
            return new Evaluation(
                    RowOutcome.UNKNOWN,
                    "coverage.fund.row.unknown",
                    List.of(nationalId == null ? "—" : nationalId, fundNumber == null ? "—" : fundNumber),
                    match,
                    null);
        }
        return apply(kind, row, match, commit);
    }

    private Evaluation apply(FundFileKind kind, FundRow row, FundMatch match, boolean commit) {
        String flag = match.nameDisagrees() ? "NAME_DISAGREES" : null;
        try {
            FundRowApplier.Applied applied = transactions.execute(status -> {
                FundRowApplier.Applied a = applier.apply(kind, row, match.artisanId());
                if (!commit) {
                    status.setRollbackOnly();
                }
                return a;
            });
            if (flag == null && kind == FundFileKind.CONTRIBUTIONS) {
                flag = beforeEnrolment(row, match.artisanId());
            }
            return new Evaluation(applied.outcome(), applied.key(), List.of(), match, flag);
        } catch (CoverageRefusedException e) {
            Explanation first = e.problems().values().iterator().next();
            return new Evaluation(RowOutcome.REFUSED, first.key(), first.args(), match, flag);
        }
    }

    /** Flags a payment for a month before the enrolment, for the reconciliation page. */
    private String beforeEnrolment(FundRow row, long artisanId) {
        String month = row.get("month");
        return store.enrolment(artisanId)
                .filter(e -> month != null
                        && month.compareTo(e.enrolledOn().toString().substring(0, 7)) < 0)
                .map(e -> "BEFORE_ENROLMENT")
                .orElse(null);
    }

    private static List<FundRow> parse(FundFileKind kind, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> missing = kind.columns().stream()
                    .filter(c -> !OPTIONAL.contains(c))
                    .filter(c -> !parser.getHeaderMap().containsKey(c))
                    .toList();
            if (!missing.isEmpty()) {
                throw CoverageRefusedException.of("file", "coverage.fund.missingColumns", String.join(", ", missing));
            }
            List<FundRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw CoverageRefusedException.of("file", "coverage.fund.tooManyRows", MAX_ROWS);
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (String column : kind.columns()) {
                    values.put(column, record.isMapped(column) && record.isSet(column) ? record.get(column) : null);
                }
                rows.add(new FundRow(
                        (int) record.getRecordNumber() + 1,
                        values,
                        CSVFormat.DEFAULT.format(
                                kind.columns().stream().map(values::get).toArray())));
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            if (e.getCause() instanceof CoverageRefusedException refused) {
                throw refused;
            }
            throw CoverageRefusedException.of("file", "coverage.fund.unreadable");
        }
    }

    /** The row as stored with the report, read again for the commit (the file itself is not kept). */
    private static FundRow reparse(FundFileKind kind, FundImportStore.Row stored) {
        String header = String.join(",", kind.columns());
        List<FundRow> rows = parse(kind, (header + "\n" + stored.raw()).getBytes(StandardCharsets.UTF_8));
        FundRow row = rows.isEmpty() ? new FundRow(stored.line(), Map.of(), stored.raw()) : rows.get(0);
        return new FundRow(stored.line(), row.values(), stored.raw());
    }

    private static String name(FundRow row) {
        String last = row.get("last_name");
        String first = row.get("first_name");
        if (last == null && first == null) {
            return null;
        }
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
