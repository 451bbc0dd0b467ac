package ma.hirfa.vae.application;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.NavItem;
import ma.hirfa.platform.Navigation;
import org.springframework.stereotype.Component;

/** Everyone signed in sees VAE: staff the region's applications and juries, an artisan their own applications. */
@Component
class VaeNavigation implements Navigation {

    @Override
    public List<NavItem> itemsFor(CurrentUser user) {
        return List.of(new NavItem(41, "/vae/applications", "vae.nav.applications"));
    }
}
