package ma.hirfa.registry.organisation;

import java.time.Clock;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.registry.artisan.FileTimeline;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The timeline of cooperatives' and enterprises' files. */
@Repository
class OrganisationTimeline extends FileTimeline<OrganisationStatus> {

    OrganisationTimeline(JdbcTemplate jdbc, CurrentUsers users, Clock clock) {
        super(jdbc, users, clock, "reg_organisation_event", "organisation_id", OrganisationStatus.class);
    }
}
