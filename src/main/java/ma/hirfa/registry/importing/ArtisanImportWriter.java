package ma.hirfa.registry.importing;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ma.hirfa.matching.IdentityIndex;
import ma.hirfa.matching.IdentityKeys;
import ma.hirfa.matching.IdentityMatching;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.IndexedIdentity;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.CopyText;
import ma.hirfa.platform.transfer.ImportBatch;
import ma.hirfa.platform.transfer.ImportContext;
import ma.hirfa.registry.artisan.ArtisanStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of imported rows as draft files, in the caller's transaction: on PostgreSQL with
 * {@code COPY FROM STDIN} (the fastest way in) for the files, their timeline events and their identity index
 * entries, elsewhere with JDBC batches; then one audit record per batch and region that names the job, the
 * file's SHA-256, the rows and the national ids (ADR 0015).
 */
@Component
class ArtisanImportWriter {

    static final String AUDITED_ENTITY = "ArtisanImportBatch";
    private static final int AUDIT_IDS_UP_TO = 5000;
    private static final String COLUMNS = "national_id, first_name_ar, last_name_ar, first_name_lat, last_name_lat,"
            + " sex, birth_date, phone, region_code, province_code, commune_code, craft_code, status, created_at,"
            + " updated_at, version, potential_duplicate, correction_requested, import_job_id, import_batch";

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final IdentityIndex index;
    private final Clock clock;
    private volatile Boolean postgres;
    private volatile String idSequence;

    ArtisanImportWriter(JdbcTemplate jdbc, AuditTrail audit, Clock clock, IdentityIndex index) {
        this.index = index;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The new drafts join the identity index in the same transaction, so search and duplicate review see them. */
    private void indexIdentities(List<ImportedArtisan> fresh, long[] ids) {
        List<IndexedIdentity> identities = new ArrayList<>(fresh.size());
        List<IdentityKeys> keys = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            ImportedArtisan r = fresh.get(i);
            IdentityRecord identity = new IdentityRecord(
                    Long.toString(ids[i]),
                    r.nationalId(),
                    r.firstNameAr(),
                    r.lastNameAr(),
                    r.firstNameLat(),
                    r.lastNameLat(),
                    r.birthDate(),
                    r.provinceCode(),
                    r.phone());
            identities.add(new IndexedIdentity(ids[i], r.regionCode(), null, identity));
            keys.add(r.keys() != null ? r.keys() : IdentityMatching.keys(identity));
        }
        index.addNew(identities, keys);
    }

    /**
     * National ids among these that hold an active file: on PostgreSQL one query per call, the ids sent as an
     * array and looked up one by one in the national id index (a lateral join, so the plan stays index probes
     * even when the register's statistics are stale, e.g. while an import multiplies its size).
     */
    Set<String> activeNationalIds(List<String> ids) {
        Set<String> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        if (isPostgres()) {
            jdbc.query(
                    con -> {
                        PreparedStatement ps = con.prepareStatement(
                                "select q.n from unnest(cast(? as varchar[])) q(n) cross join lateral"
                                        + " (select 1 from reg_artisan a where a.national_id = q.n and a.status not in"
                                        + " ('REJECTED', 'STRUCK_OFF') limit 1) x");
                        ps.setArray(1, con.createArrayOf("varchar", ids.toArray()));
                        return ps;
                    },
                    rs -> {
                        found.add(rs.getString(1));
                    });
            return found;
        }
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

    /**
     * Skips the rows whose national id became active since the dry run (checked here, inside the batch's
     * transaction), writes the others as drafts with their timeline event, adds them to the identity index and
     * audits the batch. On PostgreSQL the ids are drawn from the table's sequence first, so that the drafts,
     * their events and their index entries all go in with {@code COPY} and nothing is read back.
     */
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
        long[] ids;
        if (isPostgres()) {
            // national id order: neighbouring entries of reg_artisan's national id index are written together
            List<ImportedArtisan> sorted = new ArrayList<>(fresh);
            sorted.sort(java.util.Comparator.comparing(ImportedArtisan::nationalId));
            ids = newIds(sorted.size());
            copy(sorted, ids, batch, now);
            copyEvents(ids, now, context.username(), "import " + batch.jobId());
            indexIdentities(sorted, ids);
        } else {
            insert(fresh, batch, now);
            jdbc.update(
                    "insert into reg_artisan_event (artisan_id, occurred_at, actor, from_status, to_status, reason)"
                            + " select id, ?, ?, null, 'DRAFT', ? from reg_artisan where import_job_id = ? and"
                            + " import_batch = ?",
                    Timestamp.from(now),
                    context.username(),
                    "import " + batch.jobId(),
                    batch.jobId(),
                    batch.number());
            Map<String, Long> idOf = new HashMap<>();
            jdbc.query(
                    "select id, national_id from reg_artisan where import_job_id = ? and import_batch = ?",
                    rs -> {
                        idOf.put(rs.getString(2), rs.getLong(1));
                    },
                    batch.jobId(),
                    batch.number());
            ids = fresh.stream().mapToLong(r -> idOf.get(r.nationalId())).toArray();
            indexIdentities(fresh, ids);
        }
        Map<String, List<String>> byRegion = new TreeMap<>();
        fresh.forEach(r ->
                byRegion.computeIfAbsent(r.regionCode(), k -> new ArrayList<>()).add(r.nationalId()));
        byRegion.forEach((region, nationalIds) -> {
            Map<String, Object> what = new LinkedHashMap<>();
            what.put("importJob", batch.jobId());
            what.put("batch", batch.number());
            what.put("fileSha256", batch.fileSha256());
            what.put("rows", batch.firstRow() + "-" + batch.lastRow());
            what.put("source", context.source());
            what.put("status", ArtisanStatus.DRAFT.name());
            what.put("files", nationalIds.size());
            if (nationalIds.size() <= AUDIT_IDS_UP_TO) {
                what.put("nationalIds", nationalIds);
            }
            audit.created(AUDITED_ENTITY, batch.jobId() + "/" + batch.number(), region, what);
        });
        return fresh.size();
    }

    /** Ids for {@code n} new files from reg_artisan's own sequence (what an insert without id would draw). */
    private long[] newIds(int n) {
        if (idSequence == null) {
            idSequence = jdbc.queryForObject("select pg_get_serial_sequence('reg_artisan', 'id')", String.class);
        }
        List<Long> drawn =
                jdbc.queryForList("select nextval(?::regclass) from generate_series(1, ?)", Long.class, idSequence, n);
        return drawn.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private void copyEvents(long[] ids, Instant now, String actor, String reason) {
        StringBuilder text = new StringBuilder(ids.length * 64);
        String tail = now + "\t" + CopyText.escaped(actor) + "\t\\N\t" + ArtisanStatus.DRAFT.name() + "\t"
                + CopyText.escaped(reason) + "\n";
        for (long id : ids) {
            text.append(id).append('\t').append(tail);
        }
        copyIn(
                "copy reg_artisan_event (artisan_id, occurred_at, actor, from_status, to_status, reason) from stdin",
                text);
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

    private void copy(List<ImportedArtisan> rows, long[] ids, ImportBatch<?> batch, Instant now) {
        String at = now.toString();
        StringBuilder text = new StringBuilder(rows.size() * 180);
        for (int i = 0; i < rows.size(); i++) {
            ImportedArtisan r = rows.get(i);
            text.append(ids[i]).append('\t');
            CopyText.field(text, r.nationalId());
            CopyText.field(text, r.firstNameAr());
            CopyText.field(text, r.lastNameAr());
            CopyText.field(text, r.firstNameLat());
            CopyText.field(text, r.lastNameLat());
            CopyText.field(text, r.sex());
            CopyText.field(text, r.birthDate() == null ? null : r.birthDate().toString());
            CopyText.field(text, r.phone());
            CopyText.field(text, r.regionCode());
            CopyText.field(text, r.provinceCode());
            CopyText.field(text, r.communeCode());
            CopyText.field(text, r.craftCode());
            CopyText.field(text, ArtisanStatus.DRAFT.name());
            CopyText.field(text, at);
            CopyText.field(text, at);
            text.append(r.possibleDuplicate() ? "0\tt\tf\t" : "0\tf\tf\t")
                    .append(batch.jobId())
                    .append('\t')
                    .append(batch.number())
                    .append('\n');
        }
        copyIn("copy reg_artisan (id, " + COLUMNS + ") from stdin", text);
    }

    private void copyIn(String sql, StringBuilder text) {
        CopyText.copyIn(jdbc, sql, text);
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
