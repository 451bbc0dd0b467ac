package ma.hirfa.registry.artisan;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import ma.hirfa.matching.IdentityIndex;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.IndexedIdentity;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.transfer.ImportBatch;
import ma.hirfa.platform.transfer.ImportContext;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of imported rows as draft files, in the caller's transaction: on PostgreSQL with
 * {@code COPY FROM STDIN} (the fastest way in), elsewhere with a JDBC batch; then one timeline event per file
 * and one audit record per batch and region that names the job, the file's SHA-256, the rows and the
 * national ids (ADR 0015).
 */
@Component
class ArtisanImportWriter {

    static final String AUDITED_ENTITY = "ArtisanImportBatch";
    private static final int AUDIT_IDS_UP_TO = 5000;
    private static final String COLUMNS = "national_id, first_name_ar, last_name_ar, first_name_lat, last_name_lat,"
            + " sex, birth_date, phone, region_code, province_code, commune_code, craft_code, status, created_at,"
            + " updated_at, version, potential_duplicate, correction_requested, import_job_id, import_batch";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final AuditTrail audit;
    private final IdentityIndex index;
    private final Clock clock;
    private volatile Boolean postgres;

    ArtisanImportWriter(JdbcTemplate jdbc, DataSource dataSource, AuditTrail audit, Clock clock, IdentityIndex index) {
        this.index = index;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.audit = audit;
        this.clock = clock;
    }

    /** The new drafts join the identity index in the same transaction, so search and duplicate review see them. */
    private void indexIdentities(List<ImportedArtisan> fresh, ImportBatch<?> batch) {
        Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.query(
                "select id, national_id from reg_artisan where import_job_id = ? and import_batch = ?",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                },
                batch.jobId(),
                batch.number());
        List<IndexedIdentity> identities = new ArrayList<>(fresh.size());
        for (ImportedArtisan r : fresh) {
            Long id = ids.get(r.nationalId());
            if (id != null) {
                identities.add(new IndexedIdentity(
                        id,
                        r.regionCode(),
                        null,
                        new IdentityRecord(
                                Long.toString(id),
                                r.nationalId(),
                                r.firstNameAr(),
                                r.lastNameAr(),
                                r.firstNameLat(),
                                r.lastNameLat(),
                                r.birthDate(),
                                r.provinceCode(),
                                r.phone())));
            }
        }
        index.putAll(identities);
    }

    Set<String> activeNationalIds(List<String> ids) {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            found.addAll(jdbc.queryForList(
                    "select national_id from reg_artisan where national_id in (" + marks + ")"
                            + " and status not in ('REJECTED', 'STRUCK_OFF')",
                    String.class,
                    part.toArray()));
        }
        return found;
    }

    int write(ImportBatch<ImportedArtisan> batch, ImportContext context) {
        Set<String> known = activeNationalIds(
                batch.rows().stream().map(ImportedArtisan::nationalId).toList());
        List<ImportedArtisan> fresh = batch.rows().stream()
                .filter(r -> !known.contains(r.nationalId()))
                .toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        if (isPostgres()) {
            copy(fresh, batch, now);
        } else {
            insert(fresh, batch, now);
        }
        jdbc.update(
                "insert into reg_artisan_event (artisan_id, occurred_at, actor, from_status, to_status, reason)"
                        + " select id, ?, ?, null, 'DRAFT', ? from reg_artisan where import_job_id = ? and"
                        + " import_batch = ?",
                Timestamp.from(now),
                context.username(),
                "import " + batch.jobId(),
                batch.jobId(),
                batch.number());
        indexIdentities(fresh, batch);
        Map<String, List<String>> byRegion = new TreeMap<>();
        fresh.forEach(r ->
                byRegion.computeIfAbsent(r.regionCode(), k -> new ArrayList<>()).add(r.nationalId()));
        byRegion.forEach((region, ids) -> {
            Map<String, Object> what = new LinkedHashMap<>();
            what.put("importJob", batch.jobId());
            what.put("batch", batch.number());
            what.put("fileSha256", batch.fileSha256());
            what.put("rows", batch.firstRow() + "-" + batch.lastRow());
            what.put("source", context.source());
            what.put("status", ArtisanStatus.DRAFT.name());
            what.put("files", ids.size());
            if (ids.size() <= AUDIT_IDS_UP_TO) {
                what.put("nationalIds", ids);
            }
            audit.created(AUDITED_ENTITY, batch.jobId() + "/" + batch.number(), region, what);
        });
        return fresh.size();
    }

    private void insert(List<ImportedArtisan> rows, ImportBatch<?> batch, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> args = new ArrayList<>(rows.size());
        for (ImportedArtisan r : rows) {
            args.add(new Object[] {
                r.nationalId(),
                r.firstNameAr(),
                r.lastNameAr(),
                r.firstNameLat(),
                r.lastNameLat(),
                r.sex(),
                r.birthDate() == null ? null : Date.valueOf(r.birthDate()),
                r.phone(),
                r.regionCode(),
                r.provinceCode(),
                r.communeCode(),
                r.craftCode(),
                ArtisanStatus.DRAFT.name(),
                at,
                at,
                0L,
                r.possibleDuplicate(),
                false,
                batch.jobId(),
                batch.number()
            });
        }
        jdbc.batchUpdate(
                "insert into reg_artisan (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?)",
                args);
    }

    private void copy(List<ImportedArtisan> rows, ImportBatch<?> batch, Instant now) {
        String at = now.toString();
        StringBuilder text = new StringBuilder(rows.size() * 160);
        for (ImportedArtisan r : rows) {
            field(text, r.nationalId());
            field(text, r.firstNameAr());
            field(text, r.lastNameAr());
            field(text, r.firstNameLat());
            field(text, r.lastNameLat());
            field(text, r.sex());
            field(text, r.birthDate() == null ? null : r.birthDate().toString());
            field(text, r.phone());
            field(text, r.regionCode());
            field(text, r.provinceCode());
            field(text, r.communeCode());
            field(text, r.craftCode());
            field(text, ArtisanStatus.DRAFT.name());
            field(text, at);
            field(text, at);
            text.append(r.possibleDuplicate() ? "0\tt\tf\t" : "0\tf\tf\t")
                    .append(batch.jobId())
                    .append('\t')
                    .append(batch.number())
                    .append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy reg_artisan (" + COLUMNS + ") from stdin", new StringReader(text.toString()));
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("COPY of imported artisans failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One field of COPY's text format: backslash, tab and line breaks escaped, \N for null. */
    static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
        out.append('\t');
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName())
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres");
            postgres = known;
        }
        return known;
    }
}
