package ma.hirfa.training.session;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface TrainingSessionRepository extends ListCrudRepository<TrainingSession, Long> {

    List<TrainingSession> findAllByOrderByStartsOnDescIdDesc();

    List<TrainingSession> findByRegionCodeOrderByStartsOnDescIdDesc(String regionCode);

    /** Every session of a region, or of the country when the region is empty; latest first. */
    default List<TrainingSession> visible(java.util.Optional<String> region) {
        return region.map(this::findByRegionCodeOrderByStartsOnDescIdDesc)
                .orElseGet(this::findAllByOrderByStartsOnDescIdDesc);
    }
}
