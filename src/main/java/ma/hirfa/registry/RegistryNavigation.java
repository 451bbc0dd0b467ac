package ma.hirfa.registry;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.NavItem;
import ma.hirfa.platform.Navigation;
import ma.hirfa.platform.Role;
import org.springframework.stereotype.Component;

@Component
class RegistryNavigation implements Navigation {

    @Override
    public List<NavItem> itemsFor(CurrentUser user) {
        if (user.hasRole(Role.ARTISAN)) {
            return user.artisanId() == null
                    ? List.of()
                    : List.of(new NavItem(10, "/registry/artisans/" + user.artisanId(), "registry.nav.myFile"));
        }
        if (user.hasRole(Role.ADMIN)) {
            return List.of(
                    new NavItem(10, "/registry/artisans", "registry.nav.artisans"),
                    new NavItem(15, "/registry/duplicates", "registry.nav.duplicates"),
                    new NavItem(82, "/admin/signing-keys", "registry.nav.keys"));
        }
        if (user.hasRole(Role.CHAMBER_MANAGER)) {
            return List.of(
                    new NavItem(10, "/registry/artisans", "registry.nav.artisans"),
                    new NavItem(15, "/registry/duplicates", "registry.nav.duplicates"));
        }
        return List.of(new NavItem(10, "/registry/artisans", "registry.nav.artisans"));
    }
}
