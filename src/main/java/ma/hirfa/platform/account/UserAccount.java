package ma.hirfa.platform.account;

import java.time.Instant;
import ma.hirfa.platform.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in to Hirfa. Regional roles carry the region they work for. */
@Table("plat_user")
public record UserAccount(
        @Id Long id,
        String username,
        String passwordHash,
        String displayName,
        String displayNameAr,
        Role role,
        String regionCode,
        Long artisanId,
        String preferredLanguage,
        boolean enabled,
        Instant createdAt,
        @Version Long version) {

    UserAccount withPreferredLanguage(String language) {
        return new UserAccount(
                id,
                username,
                passwordHash,
                displayName,
                displayNameAr,
                role,
                regionCode,
                artisanId,
                language,
                enabled,
                createdAt,
                version);
    }

    UserAccount withEnabled(boolean on) {
        return new UserAccount(
                id,
                username,
                passwordHash,
                displayName,
                displayNameAr,
                role,
                regionCode,
                artisanId,
                preferredLanguage,
                on,
                createdAt,
                version);
    }

    UserAccount withPasswordHash(String hash) {
        return new UserAccount(
                id,
                username,
                hash,
                displayName,
                displayNameAr,
                role,
                regionCode,
                artisanId,
                preferredLanguage,
                enabled,
                createdAt,
                version);
    }

    /** What the audit trail keeps of an account: everything but the password hash. */
    AccountSnapshot snapshot() {
        return new AccountSnapshot(username, displayName, role, regionCode, artisanId, preferredLanguage, enabled);
    }

    record AccountSnapshot(
            String username,
            String displayName,
            Role role,
            String regionCode,
            Long artisanId,
            String preferredLanguage,
            boolean enabled) {}
}
