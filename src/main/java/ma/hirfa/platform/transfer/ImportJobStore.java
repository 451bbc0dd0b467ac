package ma.hirfa.platform.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import ma.hirfa.platform.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Jobs, their checkpoints and leases. A node claims a job with a conditional update (the lease is free or
 * expired); the database row lock makes exactly one node win, on PostgreSQL and H2 alike. Every checkpoint
 * is written only while the node still holds the lease, so a node that lost it cannot write twice.
 */
@Repository
class ImportJobStore {

    private static final String COLUMNS = "id, kind, source, region_code, created_by, created_role, file_name,"
            + " file_format, file_sha256, file_size, status, processed_rows, total_rows, new_rows, duplicate_rows,"
            + " invalid_rows, held_rows, written_rows, progress, attempts, headers, error_key, error_arg, created_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ImportJobStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<ImportJob> find(long id) {
        return jdbc.query("select " + COLUMNS + " from imp_job where id = ?", ImportJobStore::map, id).stream()
                .findFirst();
    }

    List<ImportJob> recent(RegionScope scope, List<String> kinds, int limit) {
        String in = String.join(", ", java.util.Collections.nCopies(kinds.size(), "?"));
        List<Object> args = new java.util.ArrayList<>(kinds);
        String where = "kind in (" + in + ")";
        if (!scope.isNational()) {
            where += " and region_code = ?";
            args.add(scope.regionCode());
        }
        args.add(limit);
        return jdbc.query(
                "select " + COLUMNS + " from imp_job where " + where + " order by id desc limit ?",
                ImportJobStore::map,
                args.toArray());
    }

    Optional<Long> committedWithSameFile(String kind, String source, String sha256) {
        return jdbc
                .queryForList(
                        "select id from imp_job where kind = ? and source = ? and file_sha256 = ? and status in"
                                + " ('COMMIT_QUEUED', 'COMMITTING', 'COMMITTED') order by id",
                        Long.class,
                        kind,
                        source,
                        sha256)
                .stream()
                .findFirst();
    }

    /** Claims the oldest job that waits or whose lease expired; empty when there is none or another won. */
    Optional<ImportJob> claim(String owner, Duration lease) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> candidates = jdbc.queryForList(
                "select id from imp_job where status in ('QUEUED', 'DRY_RUN', 'COMMIT_QUEUED', 'COMMITTING')"
                        + " and (lease_until is null or lease_until < ?) order by id limit 5",
                Long.class,
                now);
        for (Long id : candidates) {
            int won = jdbc.update(
                    "update imp_job set lease_owner = ?, lease_until = ?, updated_at = ?, status = case status"
                            + " when 'QUEUED' then 'DRY_RUN' when 'COMMIT_QUEUED' then 'COMMITTING' else status end"
                            + " where id = ? and status in ('QUEUED', 'DRY_RUN', 'COMMIT_QUEUED', 'COMMITTING')"
                            + " and (lease_until is null or lease_until < ?)",
                    owner,
                    Timestamp.from(clock.instant().plus(lease)),
                    now,
                    id,
                    now);
            if (won == 1) {
                return find(id);
            }
        }
        return Optional.empty();
    }

    /** Stores a checkpoint; false when this node no longer holds the lease (the batch must roll back). */
    boolean checkpoint(long id, String owner, Duration lease, Progress p) {
        return jdbc.update(
                        "update imp_job set processed_rows = ?, new_rows = new_rows + ?, duplicate_rows ="
                                + " duplicate_rows + ?, invalid_rows = invalid_rows + ?, held_rows = held_rows + ?,"
                                + " written_rows = written_rows + ?, progress = ?, lease_until = ?, updated_at = ? where id = ? and lease_owner = ?",
                        p.processed(),
                        p.newRows(),
                        p.duplicates(),
                        p.invalid(),
                        p.held(),
                        p.written(),
                        p.percent(),
                        Timestamp.from(clock.instant().plus(lease)),
                        Timestamp.from(clock.instant()),
                        id,
                        owner)
                == 1;
    }

    void headers(long id, String headers) {
        jdbc.update("update imp_job set headers = ? where id = ?", headers, id);
    }

    boolean finish(long id, String owner, ImportStatus status, long total) {
        return jdbc.update(
                        "update imp_job set status = ?, total_rows = ?, progress = 100, lease_owner = null,"
                                + " lease_until = null, updated_at = ? where id = ? and lease_owner = ?",
                        status.name(),
                        total,
                        Timestamp.from(clock.instant()),
                        id,
                        owner)
                == 1;
    }

    void fail(long id, String owner, String key, String argument) {
        jdbc.update(
                "update imp_job set status = 'FAILED', error_key = ?, error_arg = ?, lease_owner = null,"
                        + " lease_until = null, updated_at = ? where id = ? and lease_owner = ?",
                key,
                argument,
                Timestamp.from(clock.instant()),
                id,
                owner);
    }

    /** After an unexpected error: try again later, at most three times. */
    void retryLater(long id, String owner, Duration delay) {
        jdbc.update(
                "update imp_job set attempts = attempts + 1, lease_until = ?, status = case when attempts >= 2"
                        + " then 'FAILED' else status end, error_key = case when attempts >= 2 then"
                        + " 'transfer.import.failed' else error_key end where id = ? and lease_owner = ?",
                Timestamp.from(clock.instant().plus(delay)),
                id,
                owner);
    }

    /** Moves a validated job to the commit phase, starting again from the first row. */
    boolean requestCommit(long id) {
        return jdbc.update(
                        "update imp_job set status = 'COMMIT_QUEUED', processed_rows = 0, written_rows = 0,"
                                + " progress = 0, attempts = 0, updated_at = ? where id = ? and status = 'VALIDATED'",
                        Timestamp.from(clock.instant()),
                        id)
                == 1;
    }

    /** Another dry run (after the column mapping changed): the previous report is dropped. */
    boolean requeue(long id) {
        jdbc.update("delete from imp_row where job_id = ?", id);
        return jdbc.update(
                        "update imp_job set status = 'QUEUED', processed_rows = 0, new_rows = 0, duplicate_rows = 0,"
                                + " invalid_rows = 0, held_rows = 0, written_rows = 0, progress = 0, attempts = 0, error_key = null,"
                                + " error_arg = null, total_rows = null, updated_at = ? where id = ? and status in"
                                + " ('VALIDATED', 'FAILED')",
                        Timestamp.from(clock.instant()),
                        id)
                == 1;
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
                ImportStatus.valueOf(rs.getString("status")),
                rs.getLong("processed_rows"),
                (Long) rs.getObject("total_rows", Long.class),
                rs.getLong("new_rows"),
                rs.getLong("duplicate_rows"),
                rs.getLong("invalid_rows"),
                rs.getLong("held_rows"),
                rs.getLong("written_rows"),
                rs.getInt("progress"),
                rs.getInt("attempts"),
                rs.getString("headers"),
                rs.getString("error_key"),
                rs.getString("error_arg"),
                rs.getTimestamp("created_at").toInstant());
    }
}
