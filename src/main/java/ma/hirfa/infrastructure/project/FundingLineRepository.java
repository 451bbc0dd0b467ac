package ma.hirfa.infrastructure.project;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface FundingLineRepository extends ListCrudRepository<FundingLine, Long> {

    List<FundingLine> findByProjectIdOrderById(long projectId);
}
