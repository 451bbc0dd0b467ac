package ma.hirfa.platform.account;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A personal API token; the secret itself is shown once and never stored. */
@Table("plat_api_token")
record ApiToken(
        @Id Long id,
        Long userId,
        String name,
        String tokenHash,
        Instant createdAt,
        Instant lastUsedAt,
        boolean revoked) {

    ApiToken revoke() {
        return new ApiToken(id, userId, name, tokenHash, createdAt, lastUsedAt, true);
    }

    ApiToken usedAt(Instant when) {
        return new ApiToken(id, userId, name, tokenHash, createdAt, when, revoked);
    }
}
