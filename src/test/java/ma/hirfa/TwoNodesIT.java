package ma.hirfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.TestDatabases;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Two Hirfa nodes on one database serve one user: nothing that matters lives in a node's memory. */
class TwoNodesIT {

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        Map<String, Object> shared = new HashMap<>(TestDatabases.freshDatabase());
        shared.put("hirfa.test.shared-datasource", "true");
        shared.put("server.port", "0");
        shared.put("hirfa.demo", "false");
        // Command-line arguments, so they win over application.properties as a deployment's settings would.
        String[] arguments = shared.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        nodeA = new SpringApplicationBuilder(HirfaApplication.class).run(arguments);
        nodeB = new SpringApplicationBuilder(HirfaApplication.class).run(arguments);
        PlatformFixtures.staff(nodeA.getBean(AccountService.class));
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void aUserSignedInOnOneNodeIsServedByTheOther() {
        WebSession onA = WebSession.loggedIn(port(nodeA), "agent.draa");
        WebSession onB = new WebSession(port(nodeB));
        onA.copyCookiesTo(onB, port(nodeB));

        assertThat(onB.get("/account").status()).isEqualTo(200);
        assertThat(onB.get("/account").body()).contains("agent.draa");

        onB.post("/logout", Map.of());
        assertThat(onA.get("/account").status()).isEqualTo(302);
    }

    @Test
    void loginThrottlingCountsFailuresFromEveryNode() {
        WebSession onA = new WebSession(port(nodeA));
        WebSession onB = new WebSession(port(nodeB));
        for (int i = 0; i < 3; i++) {
            onA.login("field.draa", "wrong");
        }
        for (int i = 0; i < 2; i++) {
            onB.login("field.draa", "wrong");
        }

        assertThat(onA.login("field.draa", "demo1234").location()).endsWith("/login?error");
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }
}
