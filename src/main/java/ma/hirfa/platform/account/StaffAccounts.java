package ma.hirfa.platform.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: administrators manage every account but artisans'; a chamber manager manages the agents and
 * field agents of the region. Only an administrator grants a role that opens health data (coverage officer,
 * administrator) or resets the password of such an account: whoever knows its first password reads the health
 * data (Law 09-08, ADR 0040). First passwords are generated and shown once; every opening (the role granted)
 * and change is in the audit trail, which administrators read per account.
 */
@Service
class StaffAccounts {

    private static final Set<Role> MANAGER_MAY_OPEN = EnumSet.of(Role.CHAMBER_AGENT, Role.FIELD_AGENT);
    /** Roles that read health data: granted and reset by administrators only. */
    static final Set<Role> OPEN_HEALTH_DATA = EnumSet.of(Role.COVERAGE_OFFICER, Role.ADMIN);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Acting acting;

    StaffAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Acting acting) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.acting = acting;
    }

    @Transactional(readOnly = true)
    List<UserAccount> visible() {
        CurrentUser me = acting.user();
        return me.hasRole(Role.ADMIN)
                ? accounts.findByRoleNotOrderByUsername(Role.ARTISAN)
                : accounts.findByRegionCodeAndRoleNotOrderByUsername(me.regionCode(), Role.ARTISAN);
    }

    Set<Role> assignableRoles() {
        if (acting.user().hasRole(Role.ADMIN)) {
            return EnumSet.complementOf(EnumSet.of(Role.ARTISAN));
        }
        return MANAGER_MAY_OPEN;
    }

    /** Opens the account and returns its first password; empty when the user name is taken. */
    @Transactional
    Optional<String> open(StaffForm form) {
        CurrentUser me = acting.user();
        String region = form.regionCode() == null || form.regionCode().isBlank() ? null : form.regionCode();
        if (me.hasRole(Role.CHAMBER_MANAGER)) {
            if (!MANAGER_MAY_OPEN.contains(form.role())) {
                throw new AccessDeniedException(
                        OPEN_HEALTH_DATA.contains(form.role())
                                ? "only an administrator grants a role that opens health data"
                                : "managers open agents' accounts only");
            }
            region = me.regionCode();
        } else if (!me.hasRole(Role.ADMIN) || form.role() == Role.ARTISAN) {
            throw new AccessDeniedException("not allowed");
        }
        if (form.role().regional() == (region == null)) {
            throw Refusal.invalid(
                    form.role().regional() ? "platform.users.region.required" : "platform.users.region.none");
        }
        String name = form.username().strip().toLowerCase(Locale.ROOT);
        if (accounts.existsByUsername(name)) {
            return Optional.empty();
        }
        String password = FirstPasswords.generate();
        UserAccount saved = accounts.save(new UserAccount(
                null,
                name,
                passwordEncoder.encode(password),
                form.displayName().strip(),
                form.displayNameAr() == null || form.displayNameAr().isBlank()
                        ? null
                        : form.displayNameAr().strip(),
                form.role(),
                region,
                null,
                "ar",
                true,
                acting.now(),
                null));
        acting.audit().created("UserAccount", saved.id(), region, saved.snapshot());
        return Optional.of(password);
    }

    @Transactional
    void enable(long id, boolean on) {
        UserAccount account = managed(id);
        if (account.username().equals(acting.username())) {
            throw Refusal.conflict("platform.users.notYourself");
        }
        UserAccount saved = accounts.save(account.withEnabled(on));
        acting.audit().updated("UserAccount", id, account.regionCode(), account.snapshot(), saved.snapshot());
    }

    /** A new first password, shown once, for someone who forgot theirs. */
    @Transactional
    String resetPassword(long id) {
        UserAccount account = managed(id);
        String password = FirstPasswords.generate();
        accounts.save(account.withPasswordHash(passwordEncoder.encode(password)));
        acting.audit()
                .updated(
                        "UserAccount",
                        id,
                        account.regionCode(),
                        java.util.Map.of("password", "(previous)"),
                        java.util.Map.of("password", "(reset)"));
        return password;
    }

    /** Whether the current user may disable, enable or reset the account (the buttons of the list). */
    boolean manageable(UserAccount account) {
        CurrentUser me = acting.user();
        if (account.role() == Role.ARTISAN) {
            return false;
        }
        return me.hasRole(Role.ADMIN)
                || (me.hasRole(Role.CHAMBER_MANAGER)
                        && me.regionCode().equals(account.regionCode())
                        && MANAGER_MAY_OPEN.contains(account.role()));
    }

    private UserAccount managed(long id) {
        CurrentUser me = acting.user();
        UserAccount account = accounts.findById(id).orElseThrow(() -> Refusal.notFound("UserAccount", id));
        if (manageable(account)) {
            return account;
        }
        boolean visibleToMe = account.role() != Role.ARTISAN
                && me.hasRole(Role.CHAMBER_MANAGER)
                && me.regionCode().equals(account.regionCode());
        if (visibleToMe) {
            // The manager sees the account in the list but may not touch it (a coverage officer, say).
            throw new AccessDeniedException("only an administrator manages this account");
        }
        throw Refusal.notFound("UserAccount", id);
    }
}
