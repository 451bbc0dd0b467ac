package ma.hirfa.infrastructure.project;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ProjectRepository extends ListCrudRepository<Project, Long> {

    List<Project> findByComplexIdOrderById(long complexId);

    List<Project> findByRegionCode(String regionCode);
}
