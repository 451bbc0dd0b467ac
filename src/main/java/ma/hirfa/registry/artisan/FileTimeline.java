package ma.hirfa.registry.artisan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The events of a register file, oldest first: created, submitted, returned with reasons, registered,
 * suspended… Artisans and organisations each keep theirs in their own table.
 */
public abstract class FileTimeline<S extends Enum<S>> {

    /** One step of a file: when, who, from which status to which, and why. */
    public record Event<S>(Instant at, String actor, S from, S to, String reason) {}

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final Clock clock;
    private final String table;
    private final String fileColumn;
    private final Class<S> statuses;

    protected FileTimeline(
            JdbcTemplate jdbc, CurrentUsers users, Clock clock, String table, String fileColumn, Class<S> statuses) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
        this.table = table;
        this.fileColumn = fileColumn;
        this.statuses = statuses;
    }

    public void record(long fileId, S from, S to, String reason) {
        jdbc.update(
                "insert into " + table + " (" + fileColumn + ", occurred_at, actor, from_status, to_status, reason)"
                        + " values (?, ?, ?, ?, ?, ?)",
                fileId,
                Timestamp.from(clock.instant()),
                users.find().map(CurrentUser::username).orElse("system"),
                from == null ? null : from.name(),
                to.name(),
                reason);
    }

    public List<Event<S>> of(long fileId) {
        return jdbc.query(
                "select occurred_at, actor, from_status, to_status, reason from " + table + " where " + fileColumn
                        + " = ? order by occurred_at, id",
                (rs, row) -> new Event<>(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("from_status") == null
                                ? null
                                : Enum.valueOf(statuses, rs.getString("from_status")),
                        Enum.valueOf(statuses, rs.getString("to_status")),
                        rs.getString("reason")),
                fileId);
    }
}
