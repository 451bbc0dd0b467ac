package ma.hirfa.registry.organisation;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

    Optional<Organisation> findByIdAndRegionCode(Long id, String regionCode);
}
