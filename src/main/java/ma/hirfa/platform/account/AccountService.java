package ma.hirfa.platform.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and keeps each user's preferred language. */
@Service
public class AccountService {

    static final int MIN_PASSWORD = 10;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates the account unless the user name is taken; returns whether it was created. */
    @Transactional
    public boolean createIfAbsent(
            String username, String rawPassword, String displayName, Role role, String regionCode, String language) {
        return createIfAbsent(username, rawPassword, displayName, null, role, regionCode, language);
    }

    /** The same, with the person's name also written in Arabic letters for Arabic pages. */
    @Transactional
    public boolean createIfAbsent(
            String username,
            String rawPassword,
            String displayName,
            String displayNameAr,
            Role role,
            String regionCode,
            String language) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (accounts.existsByUsername(name)) {
            return false;
        }
        if (role.regional() && regionCode == null) {
            throw new IllegalArgumentException("Role " + role + " needs a region");
        }
        UserAccount saved = accounts.save(new UserAccount(
                null,
                name,
                passwordEncoder.encode(rawPassword),
                displayName,
                displayNameAr,
                role,
                regionCode,
                null,
                language,
                true,
                clock.instant(),
                null));
        audit.created("UserAccount", saved.id(), regionCode, saved.snapshot());
        return true;
    }

    /**
     * An account for an artisan to see their own file; returns the generated first password (to hand over
     * once), or empty when the user name is taken.
     */
    @Transactional
    public Optional<String> createArtisanAccount(
            String username, String displayName, long artisanId, String regionCode) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (accounts.existsByUsername(name)) {
            return Optional.empty();
        }
        String password = FirstPasswords.generate();
        UserAccount saved = accounts.save(new UserAccount(
                null,
                name,
                passwordEncoder.encode(password),
                displayName,
                null,
                Role.ARTISAN,
                regionCode,
                artisanId,
                "ar",
                true,
                clock.instant(),
                null));
        audit.created("UserAccount", saved.id(), regionCode, saved.snapshot());
        return Optional.of(password);
    }

    @Transactional(readOnly = true)
    public Optional<String> accountOfArtisan(long artisanId) {
        return accounts.findByArtisanId(artisanId).map(UserAccount::username);
    }

    /** Changes the user's password when the current one is right; returns the message key of a refusal. */
    @Transactional
    public Optional<String> changePassword(String username, String current, String next) {
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        if (!passwordEncoder.matches(current, account.passwordHash())) {
            return Optional.of("platform.password.wrongCurrent");
        }
        if (next == null || next.length() < MIN_PASSWORD || next.equals(current)) {
            return Optional.of("platform.password.weak");
        }
        accounts.save(account.withPasswordHash(passwordEncoder.encode(next)));
        audit.updated(
                "UserAccount",
                account.id(),
                account.regionCode(),
                java.util.Map.of("password", "(previous)"),
                java.util.Map.of("password", "(changed)"));
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<String> preferredLanguage(String username) {
        return accounts.findByUsername(username).map(UserAccount::preferredLanguage);
    }

    @Transactional
    public void changeLanguage(String username, String language) {
        accounts.findByUsername(username)
                .filter(account -> !language.equals(account.preferredLanguage()))
                .ifPresent(account -> {
                    UserAccount changed = accounts.save(account.withPreferredLanguage(language));
                    audit.updated(
                            "UserAccount", account.id(), account.regionCode(), account.snapshot(), changed.snapshot());
                });
    }
}
