package ma.hirfa.apprenticeship.contract;

import java.util.List;
import ma.hirfa.platform.PathRecords;
import org.springframework.stereotype.Component;

/** Contracts named in the API's paths: a write to another region's contract is a 404 before its body is read. */
@Component
class ContractPaths implements PathRecords {

    private final ContractService contracts;

    ContractPaths(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<String> patterns() {
        return List.of("/api/v1/apprenticeship/contracts/{id}/**");
    }

    @Override
    public void checkVisible(long id) {
        contracts.get(id);
    }
}
