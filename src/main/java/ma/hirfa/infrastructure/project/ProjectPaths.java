package ma.hirfa.infrastructure.project;

import java.util.List;
import ma.hirfa.platform.PathRecords;
import org.springframework.stereotype.Component;

/** Construction projects named in the API's paths: a write to a project of another region's complex is a 404 before its body is read. */
@Component
class ProjectPaths implements PathRecords {

    private final Projects projects;

    ProjectPaths(Projects projects) {
        this.projects = projects;
    }

    @Override
    public List<String> patterns() {
        return List.of("/api/v1/infrastructure/projects/{id}/**");
    }

    @Override
    public void checkVisible(long id) {
        projects.get(id);
    }
}
