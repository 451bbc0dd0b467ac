package ma.hirfa.platform.home;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.HomeItem;
import ma.hirfa.platform.HomeTable;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.WorkQueue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the signed-in user's work queue, gathered from every module's {@link WorkQueue}. */
@Controller
class HomeController {

    private final CurrentUsers users;
    private final List<WorkQueue> queues;

    HomeController(CurrentUsers users, List<WorkQueue> queues) {
        this.users = users;
        this.queues = queues;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        CurrentUser user = users.current();
        Language language = Language.of(locale);
        model.addAttribute(
                "queue",
                queues.stream()
                        .flatMap(q -> q.itemsFor(user).stream())
                        .sorted(Comparator.comparingInt(HomeItem::order))
                        .toList());
        model.addAttribute(
                "tables",
                queues.stream()
                        .flatMap(q -> q.tablesFor(user, language).stream())
                        .sorted(Comparator.comparingInt(HomeTable::order))
                        .toList());
        return "platform/home";
    }
}
