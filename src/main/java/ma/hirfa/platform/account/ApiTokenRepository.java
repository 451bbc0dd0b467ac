package ma.hirfa.platform.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

    /** Asked on every API call: written out, so that Spring Data does not build the SQL again each time. */
    @Query("select * from plat_api_token where token_hash = :tokenHash and revoked = false")
    Optional<ApiToken> findByTokenHashAndRevokedFalse(String tokenHash);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(Long userId);
}
