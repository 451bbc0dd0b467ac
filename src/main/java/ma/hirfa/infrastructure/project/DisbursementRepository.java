package ma.hirfa.infrastructure.project;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface DisbursementRepository extends ListCrudRepository<Disbursement, Long> {

    List<Disbursement> findByProjectIdOrderByMadeOnAscIdAsc(long projectId);
}
