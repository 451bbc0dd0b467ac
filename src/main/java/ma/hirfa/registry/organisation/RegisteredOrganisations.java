package ma.hirfa.registry.organisation;

import java.util.List;
import java.util.Optional;
import ma.hirfa.platform.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds cooperatives and enterprises for other modules (calls for applications, leases of complexes), always
 * within the user's region: an organisation of another region is simply not found.
 */
@Component
@Transactional(readOnly = true)
@NamedInterface("organisations")
public class RegisteredOrganisations {

    private final OrganisationRepository organisations;
    private final JdbcTemplate jdbc;
    private final CurrentUsers users;

    RegisteredOrganisations(OrganisationRepository organisations, JdbcTemplate jdbc, CurrentUsers users) {
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.users = users;
    }

    public Optional<OrganisationSummary> find(long id) {
        return organisations
                .findById(id)
                .filter(o -> users.current().scope().covers(o.regionCode()))
                .map(OrganisationSummary::of);
    }

    /** The organisations the artisan belongs to, within the user's region. */
    public List<OrganisationSummary> ofMember(long artisanId) {
        List<Long> ids = jdbc.queryForList(
                "select organisation_id from reg_organisation_member where artisan_id = ? order by organisation_id",
                Long.class,
                artisanId);
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }
}
