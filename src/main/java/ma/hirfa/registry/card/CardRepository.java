package ma.hirfa.registry.card;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CardRepository extends ListCrudRepository<ProfessionalCard, Long> {

    List<ProfessionalCard> findByArtisanIdOrderByIdDesc(Long artisanId);

    default Optional<ProfessionalCard> latest(long artisanId) {
        return findByArtisanIdOrderByIdDesc(artisanId).stream().findFirst();
    }
}
