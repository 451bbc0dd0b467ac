package ma.hirfa.reference;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.NavItem;
import ma.hirfa.platform.Navigation;
import ma.hirfa.platform.Role;
import org.springframework.stereotype.Component;

@Component
class ReferenceNavigation implements Navigation {

    @Override
    public List<NavItem> itemsFor(CurrentUser user) {
        return user.hasRole(Role.ARTISAN)
                ? List.of()
                : List.of(new NavItem(60, "/reference/crafts", "reference.nav.crafts"));
    }
}
