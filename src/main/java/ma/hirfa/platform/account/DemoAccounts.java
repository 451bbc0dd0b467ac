package ma.hirfa.platform.account;

import java.util.List;
import ma.hirfa.platform.DemoStep;
import ma.hirfa.platform.Role;
import org.springframework.stereotype.Component;

/** The demo accounts of the README, one per role, the first step of the demo. */
@Component
class DemoAccounts implements DemoStep {

    static final String PASSWORD = "demo1234";
    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Administrateur national", Role.ADMIN, null, "fr"),
            new DemoAccount("ministry", "Analyste du ministère", Role.MINISTRY, null, "fr"),
            new DemoAccount("manager.draa", "مدير غرفة درعة تافيلالت", Role.CHAMBER_MANAGER, "08", "ar"),
            new DemoAccount("agent.draa", "Agent de la chambre Drâa-Tafilalet", Role.CHAMBER_AGENT, "08", "fr"),
            new DemoAccount("field.draa", "عون ميداني درعة تافيلالت", Role.FIELD_AGENT, "08", "ar"),
            new DemoAccount("coverage.draa", "Chargée de couverture sociale", Role.COVERAGE_OFFICER, "08", "fr"),
            new DemoAccount("agent.fes", "Agent de la chambre Fès-Meknès", Role.CHAMBER_AGENT, "03", "fr"));

    private final AccountService accounts;

    DemoAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public void seed() {
        ACCOUNTS.forEach(a -> accounts.createIfAbsent(
                a.username(), PASSWORD, a.displayName(), a.role(), a.regionCode(), a.language()));
    }

    record DemoAccount(String username, String displayName, Role role, String regionCode, String language) {}
}
