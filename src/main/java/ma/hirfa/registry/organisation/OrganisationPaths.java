package ma.hirfa.registry.organisation;

import java.util.List;
import ma.hirfa.platform.PathRecords;
import org.springframework.stereotype.Component;

/** Cooperatives and enterprises named in the API's paths: a write to another region's is a 404 before its body is read. */
@Component
class OrganisationPaths implements PathRecords {

    private final OrganisationService organisations;

    OrganisationPaths(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public List<String> patterns() {
        return List.of("/api/v1/registry/{kinds:cooperatives|enterprises}/{id}/**");
    }

    @Override
    public void checkVisible(long id) {
        organisations.get(id);
    }
}
