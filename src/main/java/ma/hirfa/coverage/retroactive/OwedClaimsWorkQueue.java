package ma.hirfa.coverage.retroactive;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.HomeItem;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.WorkQueue;
import org.springframework.stereotype.Component;

/** The coverage officer's owed claims no letter has been sent for yet, linked to the same claims on their page. */
@Component
class OwedClaimsWorkQueue implements WorkQueue {

    private final OwedClaims owed;

    OwedClaimsWorkQueue(OwedClaims owed) {
        this.owed = owed;
    }

    @Override
    public List<HomeItem> itemsFor(CurrentUser user) {
        if (!user.hasRole(Role.COVERAGE_OFFICER) || user.scope().kind() == RegionScope.Kind.NOTHING) {
            return List.of();
        }
        return List.of(new HomeItem(
                31, "coverage.home.owedNotNotified", owed.notYetNotified(), "/coverage/retroactive?notified=0"));
    }
}
