package ma.hirfa.registry.artisan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
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
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Approving a file from its page: the checklist, the refusal while something is missing, the audited override. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class ApprovalChecklistIT {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void anIncompleteFileIsRefusedThenApprovedOnlyWithAnAuditedReason() {
        long id = RegistryFixtures.artisanIn("401").submitted(port);
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        String page = manager.get("/registry/artisans/" + id + "?lang=fr").body();
        assertThat(page)
                .contains("id=\"approval-checklist\"")
                .contains(text("registry.approval.item.nationalIdCopy"))
                .contains(text("registry.approval.item.photo"))
                .contains("id=\"approval-override\"");

        String refused = follow(manager, manager.post("/registry/artisans/" + id + "/transitions/approve", Map.of()));
        String noReason = follow(
                manager, manager.post("/registry/artisans/" + id + "/transitions/approve", Map.of("override", "true")));

        assertThat(refused)
                .contains(text("registry.approval.incomplete"))
                .contains(text("registry.approval.item.consent"));
        assertThat(noReason).contains(text("registry.approval.overrideReason"));
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(overrides(id)).isZero();

        follow(
                manager,
                manager.post(
                        "/registry/artisans/" + id + "/transitions/approve",
                        Map.of("override", "true", "reason", "Pièces papier vues au guichet")));

        assertThat(status(id)).isEqualTo("REGISTERED");
        assertThat(overrides(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select after_state from plat_audit_record where entity_type = 'ArtisanApprovalOverride'"
                                + " and entity_id = ?",
                        String.class,
                        String.valueOf(id)))
                .contains("Pièces papier vues au guichet")
                .contains("registry.approval.item.photo")
                .contains("\"registrationNumber\":\"08-401-");
    }

    private String follow(WebSession session, WebResponse redirect) {
        assertThat(redirect.status()).isEqualTo(302);
        return session.get(redirect.location().replaceFirst("^https?://[^/]+", ""))
                .body();
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from reg_artisan where id = ?", String.class, id);
    }

    private int overrides(long id) {
        return jdbc.queryForObject(
                "select count(*) from plat_audit_record where entity_type = 'ArtisanApprovalOverride' and entity_id = ?",
                Integer.class,
                String.valueOf(id));
    }

    private String text(String key) {
        return html(messages.getMessage(key, null, Locale.FRENCH));
    }

    /** As Thymeleaf writes a text: only the characters of HTML's syntax escaped. */
    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
