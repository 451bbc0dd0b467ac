package ma.hirfa.platform.replica;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A replica is configured but does not answer (nothing listens on its port): the dashboards and reports are
 * served from the primary, without a "data as of" line, and readiness says FALLBACK with 200, so the load
 * balancer keeps the node. (With no replica configured at all: {@code OperationsIT} and every page test.)
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "hirfa.demo=false",
            "hirfa.replica.url=jdbc:postgresql://127.0.0.1:1/hirfa",
            "hirfa.replica.username=hirfa",
            "hirfa.replica.password=hirfa"
        })
class ReplicaFallbackIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void reportsAndTheNationalTablesAreReadFromThePrimaryWhenTheReplicaIsDown() {
        RegistryFixtures.artisanIn("401").registered(port);
        WebSession ministry = WebSession.loggedIn(port, "ministry");

        WebResponse home = ministry.get("/?lang=fr");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("hirfa-home-table").doesNotContain("replica-lag");

        WebResponse admin = WebSession.loggedIn(port, "admin").get("/vae/reports?lang=fr");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("id=\"csv\"").doesNotContain("replica-lag");

        WebResponse readiness = new WebSession(port).get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body())
                .contains("\"replica\":{\"status\":\"FALLBACK\"}")
                .contains("\"db\":{\"status\":\"UP\"}");
    }
}
