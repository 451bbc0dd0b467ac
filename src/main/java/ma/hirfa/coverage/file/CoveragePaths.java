package ma.hirfa.coverage.file;

import java.util.List;
import ma.hirfa.platform.PathRecords;
import org.springframework.stereotype.Component;

/** Coverage files named in the coverage API's paths: 403 for other roles and 404 outside the region, first. */
@Component
class CoveragePaths implements PathRecords {

    private final CoverageAccess access;

    CoveragePaths(CoverageAccess access) {
        this.access = access;
    }

    @Override
    public List<String> patterns() {
        return List.of("/api/v1/coverage/artisans/{id}/**");
    }

    @Override
    public void checkVisible(long id) {
        access.artisan(id);
    }
}
