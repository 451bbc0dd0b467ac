package ma.hirfa.apprenticeship.contract;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.NavItem;
import ma.hirfa.platform.Navigation;
import ma.hirfa.platform.Role;
import org.springframework.stereotype.Component;

/** Staff see apprenticeship contracts; artisans do not. */
@Component
class ApprenticeshipNavigation implements Navigation {

    @Override
    public List<NavItem> itemsFor(CurrentUser user) {
        return user.hasRole(Role.ARTISAN)
                ? List.of()
                : List.of(new NavItem(40, "/apprenticeship/contracts", "apprenticeship.nav.contracts"));
    }
}
