package ma.hirfa.calls;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.NavItem;
import ma.hirfa.platform.Navigation;
import ma.hirfa.platform.Role;
import org.springframework.stereotype.Component;

/** Staff and the ministry see the region's calls; an artisan the calls open to them (and those they applied to). */
@Component
class CallNavigation implements Navigation {

    @Override
    public List<NavItem> itemsFor(CurrentUser user) {
        if (user.role() == Role.ARTISAN) {
            return List.of(new NavItem(45, "/calls", "calls.nav.open"));
        }
        if (user.hasRole(Role.ADMIN, Role.MINISTRY, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT)) {
            return List.of(new NavItem(45, "/calls", "calls.nav.calls"));
        }
        return List.of();
    }
}
