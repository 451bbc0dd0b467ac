package ma.hirfa.platform.account;

import java.util.List;
import ma.hirfa.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start: the administrator named by HIRFA_ADMIN_USERNAME / HIRFA_ADMIN_PASSWORD, and, unless
 * HIRFA_DEMO=false, the demo accounts of the README. Both are idempotent, so every node may run them.
 */
@Component
@Order(0)
class AccountBootstrap implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo1234";
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin", "Administrateur national", Role.ADMIN, null, "fr"),
            new DemoAccount("ministry", "Analyste du ministère", Role.MINISTRY, null, "fr"),
            new DemoAccount("manager.draa", "مدير غرفة درعة تافيلالت", Role.CHAMBER_MANAGER, "08", "ar"),
            new DemoAccount("agent.draa", "Agent de la chambre Drâa-Tafilalet", Role.CHAMBER_AGENT, "08", "fr"),
            new DemoAccount("field.draa", "عون ميداني درعة تافيلالت", Role.FIELD_AGENT, "08", "ar"),
            new DemoAccount("coverage.draa", "Chargée de couverture sociale", Role.COVERAGE_OFFICER, "08", "fr"),
            new DemoAccount("agent.fes", "Agent de la chambre Fès-Meknès", Role.CHAMBER_AGENT, "03", "fr"));

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AccountService accounts;
    private final boolean demo;
    private final String adminUsername;
    private final String adminPassword;

    AccountBootstrap(
            AccountService accounts,
            @Value("${hirfa.demo}") boolean demo,
            @Value("${hirfa.admin.username}") String adminUsername,
            @Value("${hirfa.admin.password}") String adminPassword) {
        this.accounts = accounts;
        this.demo = demo;
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
        if (demo) {
            DEMO_ACCOUNTS.forEach(a -> accounts.createIfAbsent(
                    a.username(), DEMO_PASSWORD, a.displayName(), a.role(), a.regionCode(), a.language()));
        }
    }

    record DemoAccount(String username, String displayName, Role role, String regionCode, String language) {}
}
