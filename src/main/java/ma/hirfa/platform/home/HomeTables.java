package ma.hirfa.platform.home;

import java.util.Comparator;
import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.HomeTable;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.ReadOnlyLag;
import ma.hirfa.platform.WorkQueue;
import org.springframework.stereotype.Component;

/**
 * The national tables of the home page, gathered from every module's {@link WorkQueue}: counts a few seconds old
 * will do, so they are read from the replica when there is one; the user's own work queue is not (an item just
 * done must leave it).
 */
@Component
class HomeTables {

    private final List<WorkQueue> queues;

    HomeTables(List<WorkQueue> queues) {
        this.queues = queues;
    }

    @ReadOnlyLag
    List<HomeTable> of(CurrentUser user, Language language) {
        return queues.stream()
                .flatMap(q -> q.tablesFor(user, language).stream())
                .sorted(Comparator.comparingInt(HomeTable::order))
                .toList();
    }
}
