package ma.hirfa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The production profile behind a TLS-terminating proxy on the same machine (a trusted, loopback proxy). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@ActiveProfiles("prod")
class ProductionTransportIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void overHttpsThroughTheProxyTheSessionCookieIsSecureAndHstsIsSent() {
        WebResponse page = new WebSession(port).get("/login", "X-Forwarded-Proto", "https");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(sessionCookie(page)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void plainHttpGetsNeitherHstsNorASecureCookieSoATestNodeStillSignsIn() {
        WebResponse page = new WebSession(port).get("/login");

        assertThat(page.header("Strict-Transport-Security")).isNullOrEmpty();
        assertThat(sessionCookie(page)).doesNotContain("Secure");
        PlatformFixtures.staff(accounts);
        assertThat(WebSession.loggedIn(port, "admin").get("/").status()).isEqualTo(200);
    }

    private static String sessionCookie(WebResponse response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(c -> c.startsWith("HIRFA_SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
