package ma.hirfa.infrastructure.lease;

import java.util.List;
import ma.hirfa.platform.PathRecords;
import org.springframework.stereotype.Component;

/** Leases named in the API's paths: a payment, renewal or termination of another region's lease is a 404 before its body is read. */
@Component
class LeasePaths implements PathRecords {

    private final LeaseService leases;

    LeasePaths(LeaseService leases) {
        this.leases = leases;
    }

    @Override
    public List<String> patterns() {
        return List.of("/api/v1/infrastructure/leases/{id}/**");
    }

    @Override
    public void checkVisible(long id) {
        leases.get(id);
    }
}
