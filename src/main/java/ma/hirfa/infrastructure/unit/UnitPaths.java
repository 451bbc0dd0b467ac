package ma.hirfa.infrastructure.unit;

import java.util.List;
import ma.hirfa.platform.PathRecords;
import org.springframework.stereotype.Component;

/** Units named in the API's paths (their leases too): a write to another region's unit is a 404 before its body is read. */
@Component
class UnitPaths implements PathRecords {

    private final Units units;

    UnitPaths(Units units) {
        this.units = units;
    }

    @Override
    public List<String> patterns() {
        return List.of("/api/v1/infrastructure/units/{id}/**");
    }

    @Override
    public void checkVisible(long id) {
        units.get(id);
    }
}
