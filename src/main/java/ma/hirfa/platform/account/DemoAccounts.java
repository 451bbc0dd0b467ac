package ma.hirfa.platform.account;

import java.util.List;
import ma.hirfa.platform.DemoStep;
import ma.hirfa.platform.Role;
import org.springframework.stereotype.Component;

/** The demo accounts of the README, one per role, the first step of the demo. */
@Component
class DemoAccounts implements DemoStep {

    static final String PASSWORD = "demo1234";
    // People's names in Latin and Arabic letters: the header adds their role and region in the page's language.
    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Karim Benjelloun", "كريم بنجلون", Role.ADMIN, null, "fr"),
            new DemoAccount("ministry", "Salma El Idrissi", "سلمى الإدريسي", Role.MINISTRY, null, "fr"),
            new DemoAccount("manager.draa", "Mohamed Ouhaddou", "محمد أوحدو", Role.CHAMBER_MANAGER, "08", "ar"),
            new DemoAccount(
                    "agent.draa", "Fatima Zahra Ait Baha", "فاطمة الزهراء آيت باها", Role.CHAMBER_AGENT, "08", "fr"),
            new DemoAccount("field.draa", "Youssef Amellal", "يوسف أملال", Role.FIELD_AGENT, "08", "ar"),
            new DemoAccount("coverage.draa", "Naima Boutaleb", "نعيمة بوطالب", Role.COVERAGE_OFFICER, "08", "fr"),
            new DemoAccount("agent.fes", "Hicham Alaoui", "هشام العلوي", Role.CHAMBER_AGENT, "03", "fr"));

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
                a.username(), PASSWORD, a.displayName(), a.displayNameAr(), a.role(), a.regionCode(), a.language()));
    }

    record DemoAccount(
            String username, String displayName, String displayNameAr, Role role, String regionCode, String language) {

        DemoAccount(String username, String displayName, Role role, String regionCode, String language) {
            this(username, displayName, null, role, regionCode, language);
        }
    }
}
