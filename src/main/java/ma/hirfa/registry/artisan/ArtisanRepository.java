package ma.hirfa.registry.artisan;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface ArtisanRepository extends ListCrudRepository<Artisan, Long>, PagingAndSortingRepository<Artisan, Long> {

    Page<Artisan> findByRegionCode(String regionCode, Pageable pageable);

    Optional<Artisan> findByIdAndRegionCode(Long id, String regionCode);

    boolean existsByNationalIdAndIdNot(String nationalId, Long id);

    boolean existsByNationalId(String nationalId);
}
