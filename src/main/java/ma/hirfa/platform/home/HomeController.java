package ma.hirfa.platform.home;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.HomeItem;
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
    private final HomeTables tables;

    HomeController(CurrentUsers users, List<WorkQueue> queues, HomeTables tables) {
        this.users = users;
        this.queues = queues;
        this.tables = tables;
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
        model.addAttribute("tables", tables.of(user, language));
        return "platform/home";
    }
}
