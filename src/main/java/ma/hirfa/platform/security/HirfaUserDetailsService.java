package ma.hirfa.platform.security;

import java.util.Locale;
import ma.hirfa.platform.account.UserAccount;
import ma.hirfa.platform.account.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class HirfaUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    HirfaUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public HirfaPrincipal loadUserByUsername(String username) {
        return accounts.findByUsername(normalise(username))
                .map(HirfaUserDetailsService::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    static HirfaPrincipal toPrincipal(UserAccount account) {
        return new HirfaPrincipal(
                account.id(),
                account.username(),
                account.passwordHash(),
                account.displayName(),
                account.displayNameAr(),
                account.role(),
                account.regionCode(),
                account.artisanId(),
                account.enabled());
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
