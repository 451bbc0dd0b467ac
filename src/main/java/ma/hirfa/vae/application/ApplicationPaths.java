package ma.hirfa.vae.application;

import java.util.List;
import ma.hirfa.platform.PathRecords;
import org.springframework.stereotype.Component;

/** VAE applications named in the API's paths: a write to one the user may not see is a 404 before its body is read. */
@Component
class ApplicationPaths implements PathRecords {

    private final ApplicationService applications;

    ApplicationPaths(ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public List<String> patterns() {
        return List.of("/api/v1/vae/applications/{id}/**");
    }

    @Override
    public void checkVisible(long id) {
        applications.get(id);
    }
}
