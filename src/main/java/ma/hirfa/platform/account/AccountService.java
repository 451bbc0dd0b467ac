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
