package ma.hirfa.training;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface CertificateRepository extends ListCrudRepository<Certificate, Long> {

    List<Certificate> findByArtisanIdOrderByIdDesc(Long artisanId);

    List<Certificate> findByReferenceOrderByIdDesc(String reference);
}
