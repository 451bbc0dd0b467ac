package ma.hirfa.vae.jury;

import java.util.List;
import ma.hirfa.platform.PathRecords;
import org.springframework.stereotype.Component;

/** Juries named in the API's paths: a write to another region's jury is a 404 before its body is read. */
@Component
class JuryPaths implements PathRecords {

    private final JuryService juries;

    JuryPaths(JuryService juries) {
        this.juries = juries;
    }

    @Override
    public List<String> patterns() {
        return List.of("/api/v1/vae/juries/{id}/**");
    }

    @Override
    public void checkVisible(long id) {
        juries.get(id);
    }
}
