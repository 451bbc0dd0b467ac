package ma.hirfa.infrastructure.complex;

import org.springframework.data.repository.ListCrudRepository;

interface PhotoRepository extends ListCrudRepository<Photo, Long> {}
