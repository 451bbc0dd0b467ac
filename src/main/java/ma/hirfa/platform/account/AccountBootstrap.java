package ma.hirfa.platform.account;

import ma.hirfa.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start: the administrator named by HIRFA_ADMIN_USERNAME / HIRFA_ADMIN_PASSWORD. Idempotent, so every node
 * may run it; the demo accounts are a step of the demo seeding ({@link DemoAccounts}).
 */
@Component
@Order(0)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AccountService accounts;
    private final String adminUsername;
    private final String adminPassword;

    AccountBootstrap(
            AccountService accounts,
            @Value("${hirfa.admin.username}") String adminUsername,
            @Value("${hirfa.admin.password}") String adminPassword) {
        this.accounts = accounts;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!adminUsername.isBlank()) {
            if (adminPassword.length() < 12) {
                throw new IllegalStateException("HIRFA_ADMIN_PASSWORD must have at least 12 characters");
            }
            if (accounts.createIfAbsent(adminUsername, adminPassword, adminUsername, Role.ADMIN, null, "ar")) {
                log.info("Created administrator account '{}'", adminUsername);
            }
        }
    }
}
