package ma.hirfa.training.session;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TrainingSessionRepository extends ListCrudRepository<TrainingSession, Long> {

    @Query(
            "select * from trn_session where (:region is null or region_code = :region) order by starts_on desc, id desc")
    List<TrainingSession> visible(String region);
}
