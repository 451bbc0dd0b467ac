package ma.hirfa.platform.transfer;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.NavItem;
import ma.hirfa.platform.Navigation;
import org.springframework.stereotype.Component;

@Component
class TransferNavigation implements Navigation {

    private final ImportKinds kinds;

    TransferNavigation(ImportKinds kinds) {
        this.kinds = kinds;
    }

    @Override
    public List<NavItem> itemsFor(CurrentUser user) {
        return kinds.availableTo(user).isEmpty()
                ? List.of()
                : List.of(new NavItem(60, UploadLimits.IMPORTS, "transfer.nav.imports"));
    }
}
