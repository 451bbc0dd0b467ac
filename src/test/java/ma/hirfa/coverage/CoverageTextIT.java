package ma.hirfa.coverage;

import static ma.hirfa.coverage.CoverageApi.error;
import static ma.hirfa.coverage.CoverageApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 item 7: the beneficiary names and claim notes that once stored {@code "a\u202eb\u0000"} are refused
 * by the one text rule, naming the field, with nothing written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class CoverageTextIT {

    /** A right-to-left override and a NUL, as JSON escapes. */
    private static final String HOSTILE = "a\\u202eb\\u0000";

    private static final String INVISIBLE =
            "contient un caractère invisible (de direction ou de mise en forme) : retapez la valeur sans la"
                    + " copier-coller.";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    final CoverageApi officer = new CoverageApi(() -> port, "coverage.draa");

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void aBeneficiaryNameWithAnOverrideOrANulIsRefusedByFieldOneByOneOrWithTheEnrolment() {
        long id = CoverageFixtures.enrolled(officer, "UNTAXED", "2023-12-15", null);
        String path = "/api/v1/coverage/artisans/" + id + "/beneficiaries";

        var alone = officer.post(
                path, "{\"relation\":\"CHILD\",\"fullName\":\"" + HOSTILE + "\",\"birthDate\":\"2012-09-01\"}");
        var withTheEnrolment = officer.put(
                "/api/v1/coverage/artisans/" + id + "/enrolment",
                "{\"regime\":\"UNTAXED\",\"enrolledOn\":\"2023-12-15\",\"beneficiaries\":[{\"relation\":\"SPOUSE\","
                        + "\"fullName\":\"Salma\\ufe0f\"}]}");
        var stacked = officer.post(path, "{\"relation\":\"CHILD\",\"fullName\":\"ma\\u0651\\u064e\\u0653\\u0670\"}");

        assertThat(error(json(alone, 400), "fullName")).isEqualTo(INVISIBLE);
        assertThat(error(json(withTheEnrolment, 400), "beneficiaries[0].fullName"))
                .isEqualTo(INVISIBLE);
        assertThat(error(json(stacked, 400), "fullName")).isEqualTo(INVISIBLE);
        assertThat(jdbc.queryForObject("select count(*) from cov_beneficiary where artisan_id = ?", Integer.class, id))
                .isZero();
        String harakat = "مُحَمَّد";
        var accepted = officer.post(
                path, "{\"relation\":\"CHILD\",\"fullName\":\"" + harakat + "\",\"birthDate\":\"2015-03-02\"}");
        assertThat(Normalizer.normalize(json(accepted, 201).get("fullName").asString(), Normalizer.Form.NFC))
                .isEqualTo(Normalizer.normalize(harakat, Normalizer.Form.NFC));
    }

    @Test
    void aClaimNoteWithAnOverrideOrANulIsRefusedByFieldAndNotWritten() {
        long id = CoverageFixtures.enrolled(officer, "CPU", "2023-12-20", null);
        long claim = CoverageFixtures.claim(officer, id, LocalDate.parse("2024-05-14"), "100.00", "PENDING", null);
        String notes = "/api/v1/coverage/artisans/" + id + "/claims/" + claim + "/notes";

        var refused = officer.post(notes, "{\"note\":\"" + HOSTILE + "\"}");
        var numberSign = officer.post(notes, "{\"note\":\"\\u0600 12\"}");

        assertThat(error(json(refused, 400), "note")).isEqualTo(INVISIBLE);
        assertThat(error(json(numberSign, 400), "note")).isEqualTo(INVISIBLE);
        assertThat(jdbc.queryForObject("select count(*) from cov_claim_note where claim_id = ?", Integer.class, claim))
                .isZero();
    }
}
