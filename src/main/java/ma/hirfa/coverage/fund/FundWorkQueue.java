package ma.hirfa.coverage.fund;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.HomeItem;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.WorkQueue;
import org.springframework.stereotype.Component;

/**
 * The coverage officer's part of the home page: the fund's rows held for a decision, counted as the reconciliation
 * page's first table lists them. A count reads no health data, so it is not audited as a read.
 */
@Component
class FundWorkQueue implements WorkQueue {

    private final FundLineStore lines;

    FundWorkQueue(FundLineStore lines) {
        this.lines = lines;
    }

    @Override
    public List<HomeItem> itemsFor(CurrentUser user) {
        if (!user.hasRole(Role.COVERAGE_OFFICER) || user.scope().kind() == RegionScope.Kind.NOTHING) {
            return List.of();
        }
        String region = user.scope().restriction().orElse(null);
        return List.of(new HomeItem(
                30,
                "coverage.home.heldRows",
                lines.count(region, Reconciliation.HELD, "NONE"),
                "/coverage/reconciliation#unknown"));
    }
}
