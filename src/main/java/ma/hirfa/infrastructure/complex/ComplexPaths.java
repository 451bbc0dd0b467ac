package ma.hirfa.infrastructure.complex;

import java.util.List;
import ma.hirfa.platform.PathRecords;
import org.springframework.stereotype.Component;

/** Complexes named in the API's paths (their projects and units too): a write to another region's complex is a 404 before its body is read. */
@Component
class ComplexPaths implements PathRecords {

    private final Complexes complexes;

    ComplexPaths(Complexes complexes) {
        this.complexes = complexes;
    }

    @Override
    public List<String> patterns() {
        return List.of("/api/v1/infrastructure/complexes/{id}/**");
    }

    @Override
    public void checkVisible(long id) {
        complexes.find(id);
    }
}
