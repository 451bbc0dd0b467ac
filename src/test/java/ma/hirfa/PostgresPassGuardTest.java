package ma.hirfa;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.support.Skips;
import ma.hirfa.support.TestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** On CI the integration tests must also run on PostgreSQL; elsewhere, say loudly that they did not. */
class PostgresPassGuardTest {

    @Test
    void integrationTestsAlsoRunOnPostgresqlOnCi() {
        String url = System.getenv(TestDatabases.PG_URL);
        boolean configured = url != null && !url.isBlank();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(configured)
                    .as("CI must set %s so that integration tests also run on PostgreSQL", TestDatabases.PG_URL)
                    .isTrue();
        } else if (!configured) {
            Skips.announce(
                    "POSTGRESQL PASS SKIPPED",
                    "Integration tests ran on H2 only. Set " + TestDatabases.PG_URL
                            + " (e.g. jdbc:postgresql://127.0.0.1:5432/hirfa_test) or run `bash .ci/run`.");
            Assumptions.abort("no PostgreSQL configured");
        }
    }
}
