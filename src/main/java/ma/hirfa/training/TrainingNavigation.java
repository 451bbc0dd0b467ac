package ma.hirfa.training;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.NavItem;
import ma.hirfa.platform.Navigation;
import ma.hirfa.platform.Role;
import org.springframework.stereotype.Component;

/** Staff and the ministry reach training sessions and their reports from the main navigation. */
@Component
class TrainingNavigation implements Navigation {

    @Override
    public List<NavItem> itemsFor(CurrentUser user) {
        if (!user.hasRole(Role.ADMIN, Role.MINISTRY, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT)) {
            return List.of();
        }
        return List.of(
                new NavItem(30, "/training/sessions", "training.nav.sessions"),
                new NavItem(31, "/training/reports", "training.nav.reports"));
    }
}
