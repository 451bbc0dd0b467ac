package ma.hirfa.registry.artisan;

import java.util.List;
import ma.hirfa.platform.PathRecords;
import org.springframework.stereotype.Component;

/** Artisan files named in the register's API paths: a write to a file the user may not see is a 404 first. */
@Component
class ArtisanPaths implements PathRecords {

    private final ArtisanService files;

    ArtisanPaths(ArtisanService files) {
        this.files = files;
    }

    @Override
    public List<String> patterns() {
        return List.of("/api/v1/registry/artisans/{id}/**");
    }

    @Override
    public void checkVisible(long id) {
        files.get(id);
    }
}
