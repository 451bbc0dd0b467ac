package ma.hirfa.infrastructure.project;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ProgressRepository extends ListCrudRepository<ProgressReport, Long> {

    List<ProgressReport> findByProjectIdOrderByReportedOnAscIdAsc(long projectId);
}
