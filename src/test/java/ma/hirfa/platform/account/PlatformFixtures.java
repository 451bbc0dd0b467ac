package ma.hirfa.platform.account;

import java.util.List;
import ma.hirfa.platform.Role;

/**
 * The staff accounts tests sign in with, created through {@link AccountService} so a test never needs the demo:
 * the demo's names and password (a test written against the demo keeps working), plus a manager of Fès-Meknès,
 * whom the demo lacks, so a test can register a file in another region. Idempotent.
 */
public final class PlatformFixtures {

    public static final String PASSWORD = "demo1234";

    private static final List<DemoAccounts.DemoAccount> STAFF = List.of(
            new DemoAccounts.DemoAccount("admin", "Administratrice de test", Role.ADMIN, null, "fr"),
            new DemoAccounts.DemoAccount("ministry", "Analyste de test", Role.MINISTRY, null, "fr"),
            new DemoAccounts.DemoAccount("manager.draa", "مدير تجريبي", Role.CHAMBER_MANAGER, "08", "ar"),
            new DemoAccounts.DemoAccount(
                    "agent.draa", "Agent de test Drâa", "موظفة تجريبية", Role.CHAMBER_AGENT, "08", "fr"),
            new DemoAccounts.DemoAccount("field.draa", "عون تجريبي", Role.FIELD_AGENT, "08", "ar"),
            new DemoAccounts.DemoAccount("coverage.draa", "Couverture de test", Role.COVERAGE_OFFICER, "08", "fr"),
            new DemoAccounts.DemoAccount("agent.fes", "Agent de test Fès", Role.CHAMBER_AGENT, "03", "fr"),
            new DemoAccounts.DemoAccount("manager.fes", "Responsable de test Fès", Role.CHAMBER_MANAGER, "03", "fr"));

    private PlatformFixtures() {}

    /** Creates the staff accounts that are still missing. */
    public static void staff(AccountService accounts) {
        STAFF.forEach(a -> accounts.createIfAbsent(
                a.username(), PASSWORD, a.displayName(), a.displayNameAr(), a.role(), a.regionCode(), a.language()));
    }
}
