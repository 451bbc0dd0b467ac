package ma.hirfa.registry.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.registry.artisan.ArtisanStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The events of an organisation's file, oldest first: created, submitted, returned with reasons, registered… */
@Repository
class OrganisationTimeline {

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final Clock clock;

    OrganisationTimeline(JdbcTemplate jdbc, CurrentUsers users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    void record(long organisationId, ArtisanStatus from, ArtisanStatus to, String reason) {
        jdbc.update(
                "insert into reg_organisation_event (organisation_id, occurred_at, actor, from_status, to_status,"
                        + " reason) values (?, ?, ?, ?, ?, ?)",
                organisationId,
                Timestamp.from(clock.instant()),
                users.find().map(CurrentUser::username).orElse("system"),
                from == null ? null : from.name(),
                to.name(),
                reason);
    }

    List<Event> of(long organisationId) {
        return jdbc.query(
                "select occurred_at, actor, from_status, to_status, reason from reg_organisation_event"
                        + " where organisation_id = ? order by occurred_at, id",
                (rs, row) -> new Event(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("from_status") == null ? null : ArtisanStatus.valueOf(rs.getString("from_status")),
                        ArtisanStatus.valueOf(rs.getString("to_status")),
                        rs.getString("reason")),
                organisationId);
    }

    record Event(Instant at, String actor, ArtisanStatus from, ArtisanStatus to, String reason) {}
}
