package ma.hirfa.platform.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findByArtisanId(Long artisanId);

    List<UserAccount> findByRoleNotOrderByUsername(ma.hirfa.platform.Role role);

    List<UserAccount> findByRegionCodeAndRoleNotOrderByUsername(String regionCode, ma.hirfa.platform.Role role);
}
