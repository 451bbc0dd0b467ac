package ma.hirfa.platform.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.jobs.JobStatus;
import ma.hirfa.platform.jobs.Jobs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Import jobs: the file, its checkpoint ({@code processed_rows}, committed with each batch) and the counts of
 * the report, in {@code imp_job}; who runs the job, its lease, progress, attempts and failure are the platform's
 * job ({@link Jobs}, queue {@value #QUEUE}, {@code ref_id} = the import's id). A checkpoint is written only after
 * the lease was renewed in the same transaction, so a node that lost the job cannot write its batch.
 */
@Repository
class ImportJobStore {

    static final String QUEUE = "transfer.import";
    private static final int MAX_ATTEMPTS = 3;

    private static final String SELECT = "select i.id, i.kind, i.source, i.region_code, i.created_by, i.created_role,"
            + " i.file_name, i.file_format, i.file_sha256, i.file_size, i.phase, i.processed_rows, i.total_rows,"
            + " i.new_rows, i.duplicate_rows, i.invalid_rows, i.held_rows, i.written_rows, i.headers, i.created_at,"
            + " p.id as job_id, p.status as job_status, p.progress_done, p.progress_total, p.attempts, p.failure"
            + " from imp_job i join plat_job p on p.queue = '" + QUEUE + "' and p.ref_id = i.id";

    private final JdbcTemplate jdbc;
    private final Jobs jobs;
    private final Clock clock;

    ImportJobStore(JdbcTemplate jdbc, Jobs jobs, Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.clock = clock;
    }

    Optional<ImportJob> find(long id) {
        return jdbc.query(SELECT + " where i.id = ?", ImportJobStore::map, id).stream()
                .findFirst();
    }

    List<ImportJob> recent(RegionScope scope, List<String> kinds, int limit) {
        String in = String.join(", ", java.util.Collections.nCopies(kinds.size(), "?"));
        List<Object> args = new java.util.ArrayList<>(kinds);
        String where = "i.kind in (" + in + ")";
        if (!scope.isNational()) {
            where += " and i.region_code = ?";
            args.add(scope.regionCode());
        }
        args.add(limit);
        return jdbc.query(
                SELECT + " where " + where + " order by i.id desc limit ?", ImportJobStore::map, args.toArray());
    }

    /** The first import of the same file committed, or being committed, for this kind and source. */
    Optional<Long> committedWithSameFile(String kind, String source, String sha256) {
        return jdbc
                .queryForList(
                        "select i.id from imp_job i join plat_job p on p.queue = '" + QUEUE + "' and p.ref_id = i.id"
                                + " where i.kind = ? and i.source = ? and i.file_sha256 = ? and i.phase = 'COMMIT'"
                                + " and p.status <> 'FAILED' order by i.id",
                        Long.class,
                        kind,
                        source,
                        sha256)
                .stream()
                .findFirst();
    }

    /** Queues the dry run of a new import. */
    void submit(long id) {
        jobs.submit(QUEUE, id);
    }

    /** Claims the oldest job that waits or whose lease expired; empty when there is none or another won. */
    Optional<ImportJob> claim(String owner, Duration lease) {
        return jobs.claim(QUEUE, owner, lease).flatMap(claim -> find(claim.ref()));
    }

    /**
     * Renews the lease and stores the checkpoint, in the batch's transaction; false when this node no longer
     * holds the job (nothing is written: the batch must roll back).
     */
    boolean checkpoint(ImportJob job, String owner, Duration lease, Progress p) {
        if (!jobs.renew(job.jobId(), owner, lease) || !jobs.progress(job.jobId(), owner, p.percent(), 100L)) {
            return false;
        }
        jdbc.update(
                "update imp_job set processed_rows = ?, new_rows = new_rows + ?, duplicate_rows = duplicate_rows + ?,"
                        + " invalid_rows = invalid_rows + ?, held_rows = held_rows + ?, written_rows = written_rows + ?,"
                        + " updated_at = ? where id = ?",
                p.processed(),
                p.newRows(),
                p.duplicates(),
                p.invalid(),
                p.held(),
                p.written(),
                Timestamp.from(clock.instant()),
                job.id());
        return true;
    }

    void headers(long id, String headers) {
        jdbc.update("update imp_job set headers = ? where id = ?", headers, id);
    }

    /** Ends the pass (validated or committed); false when this node no longer held the job. */
    boolean finish(ImportJob job, String owner, long total) {
        if (!jobs.finish(job.jobId(), owner)) {
            return false;
        }
        jdbc.update(
                "update imp_job set total_rows = ?, updated_at = ? where id = ?",
                total,
                Timestamp.from(clock.instant()),
                job.id());
        return true;
    }

    /** The file cannot be imported: recorded with the refusal's key and argument, not tried again. */
    void fail(ImportJob job, String owner, String key, String argument) {
        jobs.fail(job.jobId(), owner, argument == null ? key : key + "|" + argument);
    }

    /** After an unexpected error: try again later, at most three times. */
    void retryLater(ImportJob job, String owner, Duration delay) {
        jobs.retryLater(job.jobId(), owner, delay, MAX_ATTEMPTS, "transfer.import.failed");
    }

    /** Moves a validated job to the commit phase, starting again from the first row. */
    boolean requestCommit(long id) {
        boolean moved = jdbc.update(
                        "update imp_job set phase = 'COMMIT', processed_rows = 0, written_rows = 0, updated_at = ?"
                                + " where id = ? and phase = 'DRY_RUN' and exists (select 1 from plat_job p where"
                                + " p.queue = '" + QUEUE + "' and p.ref_id = imp_job.id and p.status = 'DONE')",
                        Timestamp.from(clock.instant()),
                        id)
                == 1;
        if (moved) {
            jobs.submit(QUEUE, id);
        }
        return moved;
    }

    /** Another dry run (after the column mapping changed): the previous report is dropped. */
    boolean requeue(long id) {
        jdbc.update("delete from imp_row where job_id = ?", id);
        boolean moved = jdbc.update(
                        "update imp_job set phase = 'DRY_RUN', processed_rows = 0, new_rows = 0, duplicate_rows = 0,"
                                + " invalid_rows = 0, held_rows = 0, written_rows = 0, total_rows = null,"
                                + " updated_at = ? where id = ? and exists (select 1 from plat_job p where p.queue = '"
                                + QUEUE + "' and p.ref_id = imp_job.id and (p.status = 'FAILED'"
                                + " or (p.status = 'DONE' and imp_job.phase = 'DRY_RUN')))",
                        Timestamp.from(clock.instant()),
                        id)
                == 1;
        if (moved) {
            jobs.submit(QUEUE, id);
        }
        return moved;
    }

    Optional<String> mapping(String kind, String source) {
        return jdbc
                .queryForList(
                        "select mapping from imp_mapping where kind = ? and source = ?", String.class, kind, source)
                .stream()
                .findFirst();
    }

    void saveMapping(String kind, String source, String mapping) {
        Timestamp now = Timestamp.from(clock.instant());
        if (jdbc.update(
                        "update imp_mapping set mapping = ?, updated_at = ? where kind = ? and source = ?",
                        mapping,
                        now,
                        kind,
                        source)
                == 0) {
            jdbc.update(
                    "insert into imp_mapping (kind, source, mapping, updated_at) values (?, ?, ?, ?)",
                    kind,
                    source,
                    mapping,
                    now);
        }
    }

    record Progress(
            long processed, long newRows, long duplicates, long invalid, long held, long written, int percent) {}

    private static ImportJob map(ResultSet rs, int row) throws SQLException {
        String failure = rs.getString("failure");
        int bar = failure == null ? -1 : failure.indexOf('|');
        long total = rs.getObject("progress_total", Long.class) == null ? 0 : rs.getLong("progress_total");
        JobStatus status = JobStatus.valueOf(rs.getString("job_status"));
        return new ImportJob(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("source"),
                rs.getString("region_code"),
                rs.getString("created_by"),
                rs.getString("created_role"),
                rs.getString("file_name"),
                rs.getString("file_format"),
                rs.getString("file_sha256"),
                rs.getLong("file_size"),
                ImportStatus.of("COMMIT".equals(rs.getString("phase")), status),
                rs.getLong("processed_rows"),
                (Long) rs.getObject("total_rows", Long.class),
                rs.getLong("new_rows"),
                rs.getLong("duplicate_rows"),
                rs.getLong("invalid_rows"),
                rs.getLong("held_rows"),
                rs.getLong("written_rows"),
                status == JobStatus.DONE ? 100 : total <= 0 ? 0 : (int) (rs.getLong("progress_done") * 100 / total),
                rs.getInt("attempts"),
                rs.getString("headers"),
                bar < 0 ? failure : failure.substring(0, bar),
                bar < 0 ? null : failure.substring(bar + 1),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("job_id"));
    }
}
