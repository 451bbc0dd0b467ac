package ma.hirfa.infrastructure.project;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.HomeItem;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.WorkQueue;
import org.springframework.stereotype.Component;

/**
 * The manager's part of the home page: the projects of the region short of money or late, the ones to take to
 * the ministry. The link opens the complexes under construction, where those projects are.
 */
@Component
class ProjectWorkQueue implements WorkQueue {

    private final Projects projects;

    ProjectWorkQueue(Projects projects) {
        this.projects = projects;
    }

    @Override
    public List<HomeItem> itemsFor(CurrentUser user) {
        if (!user.hasRole(Role.CHAMBER_MANAGER, Role.MINISTRY)) {
            return List.of();
        }
        long count = projects.inScope(user).stream()
                .map(projects::figures)
                .filter(f -> f.hasGap() || f.slipped())
                .count();
        return List.of(new HomeItem(
                50,
                "infrastructure.home.projectsAtRisk",
                count,
                "/infrastructure/complexes?status=UNDER_CONSTRUCTION"));
    }
}
