package ma.hirfa.training.session;

import java.util.List;
import ma.hirfa.platform.PathRecords;
import org.springframework.stereotype.Component;

/** Training sessions named in the API's paths: a write to another region's session is a 404 before its body is read. */
@Component
class SessionPaths implements PathRecords {

    private final Sessions sessions;

    SessionPaths(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<String> patterns() {
        return List.of("/api/v1/training/sessions/{id}/**");
    }

    @Override
    public void checkVisible(long id) {
        sessions.get(id);
    }
}
