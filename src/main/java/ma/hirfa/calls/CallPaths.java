package ma.hirfa.calls;

import java.util.List;
import ma.hirfa.platform.PathRecords;
import org.springframework.stereotype.Component;

/** Calls named in the API's paths (their applications, committee and appeals too): a write to a call the user may not see (another region's, or for an artisan one neither open nor theirs) is a 404 before its body is read. */
@Component
class CallPaths implements PathRecords {

    private final Calls calls;

    CallPaths(Calls calls) {
        this.calls = calls;
    }

    @Override
    public List<String> patterns() {
        return List.of("/api/v1/calls/{id}/**");
    }

    @Override
    public void checkVisible(long id) {
        calls.get(id);
    }
}
