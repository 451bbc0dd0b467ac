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
import ma.hirfa.matching.IndexedIdentity;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.CopyText;
import ma.hirfa.platform.transfer.ImportBatch;
import ma.hirfa.platform.transfer.ImportContext;
import ma.hirfa.registry.artisan.ArtisanStatus;
import ma.hirfa.registry.artisan.OneActiveFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a batch of imported rows as draft files, in the caller's transaction: on PostgreSQL with
 * {@code COPY FROM STDIN} (the fastest way in) for the files, their timeline events and their identity index
 * entries, checked, numbered and encoded beforehand by {@link #prepare} (on the import's reader thread, ADR
 * 0052); elsewhere with JDBC batches; then one audit record per batch and region that names the job, the file's
 * SHA-256, the rows and the national ids (ADR 0015).
 */
@Component
class ArtisanImportWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ArtisanImportWriter.class);
    static final String AUDITED_ENTITY = "ArtisanImportBatch";
    private static final int AUDIT_IDS_UP_TO = 5000;
    /** The columns of a draft, in the order of {@link PreparedBatch#artisanRows} after the id. */
    static final String COLUMNS = "national_id, first_name_ar, last_name_ar, first_name_lat, last_name_lat,"
            + " sex, birth_date, phone, region_code, province_code, commune_code, craft_code, status, created_at,"
            + " updated_at, version, potential_duplicate, correction_requested, import_job_id, import_batch";

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final IdentityIndex index;
    private final Clock clock;
    /** The batch's writes under a savepoint of the batch's transaction (the runner's). */
    private final TransactionTemplate savepoint;

    private volatile Boolean postgres;
    private volatile String idSequence;

    ArtisanImportWriter(
            JdbcTemplate jdbc,
            AuditTrail audit,
            Clock clock,
            IdentityIndex index,
            PlatformTransactionManager transactions) {
        this.index = index;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The new drafts join the identity index in the same transaction, so search and duplicate review see them. */
    private void indexIdentities(List<ImportedArtisan> fresh, long[] ids) {
        List<IndexedIdentity> identities = PreparedBatch.identities(fresh, ids);
        index.addNew(identities, PreparedBatch.keys(fresh, identities));
    }

    /**
     * National ids among these that hold an active file (active as the form counts it, {@code
     * ArtisanStatus.active()}: a merged file no longer holds its id, ADR 0064): on PostgreSQL one query per call, the ids sent as an
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
                                        + " ('REJECTED', 'STRUCK_OFF', 'MERGED') limit 1) x");
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
                            + " and status not in ('REJECTED', 'STRUCK_OFF', 'MERGED')",
                    String.class,
                    part.toArray()));
        }
        return found;
    }

    /**
     * On PostgreSQL, all a batch's commit needs but the writing, done before its transaction — on the import's
     * reader thread while the previous batch is written (ADR 0052): the rows whose national id became active
     * since the dry run are dropped (checked just before the batch is written, as the transaction would have),
     * the others get ids from reg_artisan's own sequence (so nothing is read back) and are encoded as {@code
     * COPY} rows in national id order, with their timeline events and identity index entries. Null elsewhere.
     */
    PreparedBatch prepare(ImportBatch<ImportedArtisan> batch, ImportContext context) {
        if (!isPostgres()) {
            return null;
        }
        List<ImportedArtisan> fresh = notActive(batch.rows());
        if (fresh.isEmpty()) {
            return new PreparedBatch(batch.rows(), fresh, null, null, null);
        }
        Instant now = clock.instant();
        // national id order: neighbouring entries of reg_artisan's national id index are written together
        List<ImportedArtisan> sorted = new ArrayList<>(fresh);
        sorted.sort(java.util.Comparator.comparing(ImportedArtisan::nationalId));
        long[] ids = newIds(sorted.size());
        List<IndexedIdentity> identities = PreparedBatch.identities(sorted, ids);
        return new PreparedBatch(
                batch.rows(),
                fresh,
                CopyText.encode(PreparedBatch.artisanRows(sorted, ids, batch, now)),
                CopyText.encode(PreparedBatch.eventRows(ids, now, context.username(), "import " + batch.jobId())),
                index.encodeNew(identities, PreparedBatch.keys(sorted, identities)));
    }

    private List<ImportedArtisan> notActive(List<ImportedArtisan> rows) {
        Set<String> known =
                activeNationalIds(rows.stream().map(ImportedArtisan::nationalId).toList());
        return known.isEmpty()
                ? rows
                : rows.stream().filter(r -> !known.contains(r.nationalId())).toList();
    }

    /**
     * Writes the batch's rows as drafts with their timeline event, adds them to the identity index and audits
     * the batch, skipping the rows whose national id became active since the dry run. On PostgreSQL it sends
     * what {@link #prepare} made ready (or prepares now, when the batch was not prepared for these rows) with
     * {@code COPY}; elsewhere it checks and inserts with JDBC batches. Under a savepoint: when the register's
     * index refuses a row (ADR 0064: a form registered the person after the check), the batch is checked again
     * inside its transaction and written without those rows, once; a second loss fails the batch, and the job
     * resumes from its checkpoint, where the check runs again.
     */
    int write(ImportBatch<ImportedArtisan> batch, ImportContext context) {
        List<ImportedArtisan> fresh;
        try {
            fresh = savepoint.execute(status -> writeFiles(batch, context));
        } catch (RuntimeException refused) {
            if (!OneActiveFile.violatedBy(refused)) {
                throw refused;
            }
            fresh = notActive(batch.rows());
            LOG.info(
                    "Import job {} batch {}: a national id was registered meanwhile; {} rows with an active file skipped",
                    batch.jobId(),
                    batch.number(),
                    batch.rows().size() - fresh.size());
            if (!fresh.isEmpty()) {
                insertElsewhere(fresh, batch, context);
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        audit(fresh, batch, context);
        return fresh.size();
    }

    /** The files, their timeline events and index entries of the rows still fresh; those rows. */
    private List<ImportedArtisan> writeFiles(ImportBatch<ImportedArtisan> batch, ImportContext context) {
        if (!isPostgres()) {
            List<ImportedArtisan> fresh = notActive(batch.rows());
            if (!fresh.isEmpty()) {
                insertElsewhere(fresh, batch, context);
            }
            return fresh;
        }
        PreparedBatch ready =
                batch.prepared() instanceof PreparedBatch p && p.isFor(batch.rows()) ? p : prepare(batch, context);
        if (ready.fresh().isEmpty()) {
            return ready.fresh();
        }
        CopyText.copyIn(jdbc, "copy reg_artisan (id, " + COLUMNS + ") from stdin", ready.artisans());
        CopyText.copyIn(
                jdbc,
                "copy reg_artisan_event (artisan_id, occurred_at, actor, from_status, to_status, reason) from stdin",
                ready.events());
        index.addNew(ready.index());
        return ready.fresh();
    }

    /** H2, and PostgreSQL's second try of a refused batch: JDBC batches, then the ids read back by job and batch. */
    private void insertElsewhere(
            List<ImportedArtisan> fresh, ImportBatch<ImportedArtisan> batch, ImportContext context) {
        Instant now = clock.instant();
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
        indexIdentities(
                fresh, fresh.stream().mapToLong(r -> idOf.get(r.nationalId())).toArray());
    }

    /** One audit record per batch and region: the job, the file's SHA-256, the rows and the national ids. */
    private void audit(List<ImportedArtisan> fresh, ImportBatch<ImportedArtisan> batch, ImportContext context) {
        Map<String, List<String>> byRegion = new TreeMap<>();
        fresh.forEach(r ->
                byRegion.computeIfAbsent(r.regionCode(), k -> new ArrayList<>()).add(r.nationalId()));
        List<AuditTrail.Creation> records = new ArrayList<>(byRegion.size());
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
            records.add(new AuditTrail.Creation(batch.jobId() + "/" + batch.number(), region, what));
        });
        audit.createdAll(AUDITED_ENTITY, records);
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
