package ma.hirfa.registry.organisation;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.NavItem;
import ma.hirfa.platform.Navigation;
import ma.hirfa.platform.Role;
import org.springframework.stereotype.Component;

/** Staff see cooperatives and enterprises next to artisans; artisans themselves do not. */
@Component
class OrganisationNavigation implements Navigation {

    @Override
    public List<NavItem> itemsFor(CurrentUser user) {
        return user.hasRole(Role.ARTISAN)
                ? List.of()
                : List.of(new NavItem(12, "/registry/organisations", "registry.nav.organisations"));
    }
}
