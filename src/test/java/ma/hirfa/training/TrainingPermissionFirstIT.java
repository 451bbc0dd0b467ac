package ma.hirfa.training;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 13 item 8 on training: another region's session is a 404 before an invalid body is read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class TrainingPermissionFirstIT {

    private static final String INVALID = "{\"artisanId\":\"x\",\"day\":\"never\",\"present\":7}";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void anotherRegionsSessionIs404WhateverTheBody() {
        long session = TrainingFixtures.caravanInZagora(port);

        for (String part : new String[] {"/enrolments", "/attendance"}) {
            String path = "/api/v1/training/sessions/" + session + part;
            WebResponse refused = post("agent.fes", path);
            assertThat(refused.status()).as(path + ": " + refused.body()).isEqualTo(404);
            assertThat(post("agent.draa", path).status()).as(path).isEqualTo(400);
        }
    }

    private WebResponse post(String user, String path) {
        return new WebSession(port)
                .postJson(
                        path,
                        INVALID,
                        "Authorization",
                        WebSession.basic(user, PlatformFixtures.PASSWORD),
                        "Accept-Language",
                        "fr");
    }
}
