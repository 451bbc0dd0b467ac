package ma.hirfa.infrastructure.project;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.HomeItem;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.WorkQueue;
import org.springframework.stereotype.Component;

/**
 * The manager's part of the home page (and the ministry's, nationally): the complexes with a project short of
 * money or late, the ones to take to the ministry. The count is that of the list its link opens.
 */
@Component
class ProjectWorkQueue implements WorkQueue {

    private final ProjectViews views;

    ProjectWorkQueue(ProjectViews views) {
        this.views = views;
    }

    @Override
    public List<HomeItem> itemsFor(CurrentUser user) {
        if (!user.hasRole(Role.CHAMBER_MANAGER, Role.MINISTRY)) {
            return List.of();
        }
        return List.of(new HomeItem(
                50,
                "infrastructure.home.projectsAtRisk",
                views.atRisk().size(),
                "/infrastructure/complexes?atRisk=true"));
    }
}
