package ma.hirfa.registry.artisan;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

public interface ArtisanRepository
        extends ListCrudRepository<Artisan, Long>, PagingAndSortingRepository<Artisan, Long> {

    Page<Artisan> findByRegionCode(String regionCode, Pageable pageable);

    /** Files of this person that still count: a person holds one active registration at most. */
    @Query(
            "select id from reg_artisan where national_id = :nationalId and status not in ('REJECTED', 'STRUCK_OFF', 'MERGED')")
    List<Long> activeWithNationalId(String nationalId);

    /** Files the identity index should hold: every one but those merged into another. */
    long countByStatusNot(ArtisanStatus status);

    /** The next ids of those files after {@code after}, in id order (a page read by key, not by offset). */
    @Query("select id from reg_artisan where status <> 'MERGED' and id > :after order by id limit :size")
    List<Long> idsToIndexAfter(long after, int size);
}
