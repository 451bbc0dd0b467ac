package ma.hirfa.coverage;

import static ma.hirfa.coverage.CoverageApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FundImportIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final CoverageApi officer = new CoverageApi(() -> port, "coverage.draa");
    final CoverageApi agent = new CoverageApi(() -> port, "agent.draa");

    @Test
    void aContributionsFileIsCheckedWithoutChangingAnythingThenCommittedOnceRowByRow() {
        long id = officer.freshArtisan(agent);
        json(officer.enrol(id, "UNTAXED", "2023-12-15", "FUND-0001"), 201);
        String nationalId = nationalId(id);
        String csv = "national_id,fund_number,month,amount,paid_on,recorded_on\n"
                + nationalId + ",,2024-01,135.00,2024-01-10,2024-02-01\n"
                + ",FUND-0001,2024-02,135.00,2024-02-10,2024-03-01\n"
                + "ZZ999999,,2024-01,135.00,2024-01-10,2024-02-01\n"
                + nationalId + ",,2024-03,135.00,2024-03-10,2024-03-01\n"
                + nationalId + ",,2024-04,abc,2024-04-10,\n";
        WebSession browser = WebSession.loggedIn(port, "coverage.draa");
        browser.get("/coverage/imports?lang=fr");

        WebResponse uploaded = upload(browser, "CONTRIBUTIONS", csv);
        String report = browser.get(path(uploaded) + "?lang=fr").body();

        assertThat(count(id)).isZero();
        assertThat(report).contains("Vérification faite");
        assertThat(outcome(report, 2)).isEqualTo("APPLIED");
        assertThat(outcome(report, 3)).isEqualTo("APPLIED");
        assertThat(outcome(report, 4)).isEqualTo("UNKNOWN");
        assertThat(report).contains("Aucun artisan de votre région avec la CIN ZZ999999");
        assertThat(outcome(report, 5)).isEqualTo("REFUSED");
        assertThat(report).contains("avant qu’il soit fait");
        assertThat(outcome(report, 6)).isEqualTo("REFUSED");
        assertThat(report).contains("Montant invalide dans la colonne amount : abc");

        browser.post(path(uploaded) + "/commit", Map.of());
        String committed = browser.get(path(uploaded) + "?lang=fr").body();

        assertThat(count(id)).isEqualTo(2);
        assertThat(committed).contains("Import terminé");
        WebResponse again = upload(browser, "CONTRIBUTIONS", csv);
        assertThat(path(again)).isEqualTo(path(uploaded));
        assertThat(browser.get(path(again) + "?lang=fr").body()).contains("déjà été importé");
        assertThat(count(id)).isEqualTo(2);
    }

    @Test
    void anEnrolmentRowWithoutNumbersIsOnlyProposedByNameUntilAnOfficerAcceptsIt() {
        long id;
        JsonNode artisan;
        do { // the fund writes names in Latin script: take a file that has them
            id = officer.freshArtisan(agent);
            artisan = json(agent.get("/api/v1/registry/artisans/" + id), 200);
        } while (artisan.path("lastNameLat").isNull()
                || artisan.path("lastNameLat").isMissingNode()
                || artisan.path("firstNameLat").isNull()
                || artisan.path("firstNameLat").isMissingNode());
        String csv = "national_id,fund_number,last_name,first_name,birth_date,regime,enrolled_on,status\n"
                + ",NEW-4242," + artisan.get("lastNameLat").asString() + ","
                + artisan.get("firstNameLat").asString()
                + "," + artisan.get("birthDate").asString() + ",UNTAXED,2024-01-05,ACTIVE\n";
        WebSession browser = WebSession.loggedIn(port, "coverage.draa");
        browser.get("/coverage/imports?lang=fr");

        WebResponse uploaded = upload(browser, "ENROLMENTS", csv);
        browser.post(path(uploaded) + "/commit", Map.of());
        String committed = browser.get(path(uploaded) + "?lang=fr").body();

        assertThat(outcome(committed, 2)).isEqualTo("PROPOSED");
        assertThat(committed).contains("Rien n’est appliqué sans votre accord");
        assertThat(officer.get("/api/v1/coverage/artisans/" + id + "/enrolment").status())
                .isEqualTo(404);
        assertThat(browser.get("/coverage/reconciliation?lang=fr").body()).contains("Proposition à valider");

        Matcher accept = Pattern.compile("action=\"(/coverage/imports/rows/\\d+/accept)\"")
                .matcher(committed);
        assertThat(accept.find()).isTrue();
        browser.post(accept.group(1), Map.of("importId", path(uploaded).replaceAll(".*/", "")));

        JsonNode enrolment = json(officer.get("/api/v1/coverage/artisans/" + id + "/enrolment"), 200);
        assertThat(enrolment.get("fundNumber").asString()).isEqualTo("NEW-4242");
    }

    private WebResponse upload(WebSession browser, String kind, String csv) {
        WebResponse response = browser.upload(
                "/coverage/imports", Map.of("kind", kind), "file", "fund.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        assertThat(response.location()).matches(".*/coverage/imports/\\d+");
        return response;
    }

    private static String path(WebResponse redirect) {
        return java.net.URI.create(redirect.location()).getPath();
    }

    private String nationalId(long id) {
        return json(agent.get("/api/v1/registry/artisans/" + id), 200)
                .get("nationalId")
                .asString();
    }

    private int count(long id) {
        return jdbc.queryForObject("select count(*) from cov_contribution where artisan_id = ?", Integer.class, id);
    }

    private static String outcome(String page, int line) {
        Matcher m = Pattern.compile("data-line=\"" + line + "\" data-outcome=\"([A-Z]+)\"")
                .matcher(page);
        return m.find() ? m.group(1) : null;
    }
}
