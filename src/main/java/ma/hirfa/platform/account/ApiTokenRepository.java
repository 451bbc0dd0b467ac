package ma.hirfa.platform.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHashAndRevokedFalse(String tokenHash);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(Long userId);
}
