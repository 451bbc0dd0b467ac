package ma.hirfa.registry.artisan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The events of a file, oldest first: created, submitted, returned with reasons, registered, suspended… */
@Repository
class ArtisanTimeline {

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final Clock clock;

    ArtisanTimeline(JdbcTemplate jdbc, CurrentUsers users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    void record(long artisanId, ArtisanStatus from, ArtisanStatus to, String reason) {
        jdbc.update(
                "insert into reg_artisan_event (artisan_id, occurred_at, actor, from_status, to_status, reason)"
                        + " values (?, ?, ?, ?, ?, ?)",
                artisanId,
                Timestamp.from(clock.instant()),
                users.find().map(CurrentUser::username).orElse("system"),
                from == null ? null : from.name(),
                to.name(),
                reason);
    }

    List<Event> of(long artisanId) {
        return jdbc.query(
                "select occurred_at, actor, from_status, to_status, reason from reg_artisan_event"
                        + " where artisan_id = ? order by occurred_at, id",
                (rs, row) -> new Event(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("from_status") == null ? null : ArtisanStatus.valueOf(rs.getString("from_status")),
                        ArtisanStatus.valueOf(rs.getString("to_status")),
                        rs.getString("reason")),
                artisanId);
    }

    record Event(Instant at, String actor, ArtisanStatus from, ArtisanStatus to, String reason) {}
}
