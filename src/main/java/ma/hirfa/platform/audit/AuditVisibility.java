package ma.hirfa.platform.audit;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.HealthAuditTypes;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.list.Criteria;
import org.springframework.stereotype.Component;

/**
 * Which audit records a user may read, by entity type, on top of the region scope: administrators read all;
 * coverage officers read only the health-data records (of their region, through the scope); everybody else
 * reads everything but them. Applied in the query, so that counts and pages stay right.
 */
@Component
public class AuditVisibility {

    private final Set<String> health;

    AuditVisibility(List<HealthAuditTypes> declared) {
        Set<String> types = new TreeSet<>();
        declared.forEach(d -> types.addAll(d.entityTypes()));
        this.health = Collections.unmodifiableSet(types);
    }

    /** The entity types declared as health data by every module. */
    public Set<String> healthTypes() {
        return health;
    }

    /** Whether the user may read health-data audit records at all. */
    public static boolean readsHealthData(CurrentUser user) {
        return user.hasRole(Role.ADMIN, Role.COVERAGE_OFFICER);
    }

    /** Adds the user's entity-type restriction on {@code entity_type} to the criteria. */
    Criteria restrict(Criteria criteria, CurrentUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return criteria;
        }
        if (health.isEmpty()) {
            return user.hasRole(Role.COVERAGE_OFFICER) ? criteria.always("1 = 0") : criteria;
        }
        String list = "(" + String.join(", ", Collections.nCopies(health.size(), "?")) + ")";
        Object[] args = health.toArray();
        return user.hasRole(Role.COVERAGE_OFFICER)
                ? criteria.always("entity_type in " + list, args)
                : criteria.always("entity_type not in " + list, args);
    }
}
