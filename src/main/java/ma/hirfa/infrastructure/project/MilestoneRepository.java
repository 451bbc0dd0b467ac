package ma.hirfa.infrastructure.project;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface MilestoneRepository extends ListCrudRepository<Milestone, Long> {

    List<Milestone> findByProjectIdOrderByPlannedOnAscIdAsc(long projectId);
}
