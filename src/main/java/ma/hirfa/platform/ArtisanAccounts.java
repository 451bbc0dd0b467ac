package ma.hirfa.platform;

import java.util.Optional;
import ma.hirfa.platform.account.AccountService;
import org.springframework.stereotype.Service;

/** Accounts that let artisans see their own file; other modules open them through this API. */
@Service
public class ArtisanAccounts {

    private final AccountService accounts;

    ArtisanAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Opens an account and returns its first password, or empty when the user name is taken. */
    public Optional<String> open(String username, String displayName, long artisanId, String regionCode) {
        return accounts.createArtisanAccount(username, displayName, artisanId, regionCode);
    }

    public Optional<String> usernameOf(long artisanId) {
        return accounts.accountOfArtisan(artisanId);
    }
}
