package ma.hirfa.coverage;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.NavItem;
import ma.hirfa.platform.Navigation;
import ma.hirfa.platform.Role;
import org.springframework.stereotype.Component;

/** Coverage appears only for those who may see health-related data. */
@Component
class CoverageNavigation implements Navigation {

    @Override
    public List<NavItem> itemsFor(CurrentUser user) {
        if (!user.hasRole(Role.COVERAGE_OFFICER, Role.ADMIN)) {
            return List.of();
        }
        return List.of(
                new NavItem(40, "/coverage", "coverage.nav.coverage"),
                new NavItem(41, "/coverage/retroactive", "coverage.nav.retroactive"),
                new NavItem(42, "/coverage/dashboard", "coverage.nav.dashboard"));
    }
}
