package ma.hirfa.training.session;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ProgrammeRepository extends ListCrudRepository<Programme, Long> {

    List<Programme> findAllByOrderByIdDesc();
}
