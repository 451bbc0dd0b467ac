package ma.hirfa.infrastructure.complex;

import org.springframework.data.repository.ListCrudRepository;

interface ComplexRepository extends ListCrudRepository<Complex, Long> {}
