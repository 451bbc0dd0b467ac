package ma.hirfa.platform.layout;

import java.util.ArrayList;
import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.NavItem;
import ma.hirfa.platform.Navigation;
import ma.hirfa.platform.Role;
import org.springframework.stereotype.Component;

@Component
class PlatformNavigation implements Navigation {

    @Override
    public List<NavItem> itemsFor(CurrentUser user) {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem(0, "/", "platform.nav.home"));
        if (user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER)) {
            items.add(new NavItem(78, "/admin/users", "platform.nav.users"));
            items.add(new NavItem(80, "/admin/audit", "platform.nav.audit"));
        } else if (user.hasRole(Role.COVERAGE_OFFICER)) {
            // The audit of the health data they may read (AuditVisibility), not the rest.
            items.add(new NavItem(80, "/admin/audit", "platform.nav.audit"));
        }
        if (user.hasRole(Role.ADMIN, Role.MINISTRY)) {
            items.add(new NavItem(85, "/swagger-ui.html", "platform.nav.api"));
        }
        items.add(new NavItem(90, "/account", "platform.nav.account"));
        return items;
    }
}
