package ma.hirfa.training.session;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.HomeItem;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.WorkQueue;
import org.springframework.stereotype.Component;

/** The field agent's part of the home page: the sessions of their region running today and those to come. */
@Component
class SessionWorkQueue implements WorkQueue {

    private final Sessions sessions;

    SessionWorkQueue(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<HomeItem> itemsFor(CurrentUser user) {
        if (!user.hasRole(Role.FIELD_AGENT)) {
            return List.of();
        }
        return List.of(
                new HomeItem(
                        20,
                        "training.home.today",
                        sessions.count(SessionPeriod.TODAY),
                        "/training/sessions?when=TODAY"),
                new HomeItem(
                        21,
                        "training.home.upcoming",
                        sessions.count(SessionPeriod.UPCOMING),
                        "/training/sessions?when=UPCOMING"));
    }
}
