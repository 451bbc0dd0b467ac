package ma.hirfa.infrastructure;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.NavItem;
import ma.hirfa.platform.Navigation;
import ma.hirfa.platform.Role;
import org.springframework.stereotype.Component;

/** Staff and the ministry reach the complexes (and from them projects and units) from the main navigation. */
@Component
class InfrastructureNavigation implements Navigation {

    @Override
    public List<NavItem> itemsFor(CurrentUser user) {
        if (!user.hasRole(Role.ADMIN, Role.MINISTRY, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT)) {
            return List.of();
        }
        return List.of(new NavItem(50, "/infrastructure/complexes", "infrastructure.nav.complexes"));
    }
}
