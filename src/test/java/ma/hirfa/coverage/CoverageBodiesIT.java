package ma.hirfa.coverage;

import static ma.hirfa.coverage.CoverageApi.error;
import static ma.hirfa.coverage.CoverageApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.StringJoiner;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13 items 6 and 8 on coverage bodies: a household has at most 20 beneficiaries (10,000 is a 400 naming the
 * field, not an audit record too long for its column), and a value of the wrong type is named with its path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class CoverageBodiesIT {

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
    void anEnrolmentWithMoreBeneficiariesThanAHouseholdIsRefusedNamingTheFieldAndTwentyAreAudited() {
        long id = enrolled();
        int auditsBefore = audits(id);

        WebResponse huge = enrol(id, family(10_000));
        WebResponse oneTooMany = enrol(id, family(21));

        assertThat(error(json(huge, 400), "beneficiaries")).isEqualTo("Au plus 20 bénéficiaires.");
        assertThat(error(json(oneTooMany, 400), "beneficiaries")).isEqualTo("Au plus 20 bénéficiaires.");
        assertThat(beneficiaries(id)).isZero();
        assertThat(audits(id)).isEqualTo(auditsBefore);

        json(enrol(id, family(20)), 200);
        assertThat(beneficiaries(id)).isEqualTo(20);
        assertThat(audits(id)).isEqualTo(auditsBefore + 1);
        assertThat(json(
                                officer.post(
                                        "/api/v1/coverage/artisans/" + id + "/beneficiaries",
                                        "{\"relation\":\"CHILD\",\"fullName\":\"Un de trop\",\"birthDate\":\"2020-01-01\"}"),
                                400)
                        .toString())
                .contains("Au plus 20 bénéficiaires.");
        assertThat(beneficiaries(id)).isEqualTo(20);
    }

    @Test
    void valuesOfTheWrongTypeNameTheFieldWithItsPathAndChoicesListTheAllowedValues() {
        long id = enrolled();

        JsonNode amount = json(
                officer.post(
                        "/api/v1/coverage/artisans/" + id + "/claims",
                        "{\"careDate\":\"2024-05-20\",\"filedOn\":\"2024-05-25\",\"amountClaimed\":\"abc\"}"),
                400);
        String children = "{\"relation\":\"CHILD\",\"fullName\":\"Amina\",\"birthDate\":\"2015-03-01\"}";
        JsonNode nested = json(
                enrol(
                        id,
                        "[" + children + "," + children.replace("Amina", "Omar") + ","
                                + "{\"relation\":\"CHILD\",\"fullName\":\"Sara\",\"birthDate\":\"x\"}]"),
                400);
        JsonNode relation =
                json(enrol(id, "[{\"relation\":\"COUSIN\",\"fullName\":\"Sara\",\"birthDate\":\"2015-03-01\"}]"), 400);

        assertThat(error(amount, "amountClaimed")).isEqualTo("pas un nombre");
        assertThat(amount.get("detail").asString()).isEqualTo("amountClaimed: pas un nombre");
        assertThat(error(nested, "beneficiaries[2].birthDate")).isEqualTo("pas une date (AAAA-MM-JJ)");
        assertThat(error(relation, "beneficiaries[0].relation"))
                .isEqualTo("pas une des valeurs permises (SPOUSE, CHILD)");
        assertThat(beneficiaries(id)).isZero();
    }

    private long enrolled() {
        long id = officer.freshArtisan();
        json(officer.enrol(id, "UNTAXED", "2023-12-15", null), 201);
        return id;
    }

    private WebResponse enrol(long id, String beneficiaries) {
        return officer.put(
                "/api/v1/coverage/artisans/" + id + "/enrolment",
                "{\"regime\":\"UNTAXED\",\"enrolledOn\":\"2023-12-15\",\"beneficiaries\":" + beneficiaries + "}");
    }

    private static String family(int size) {
        StringJoiner list = new StringJoiner(",", "[", "]");
        for (int i = 0; i < size; i++) {
            list.add(
                    "{\"relation\":\"CHILD\",\"fullName\":\"Enfant " + letters(i) + "\",\"birthDate\":\"2015-03-01\"}");
        }
        return list.toString();
    }

    /** Distinct names without digits: a, b, ..., ba, bb... */
    private static String letters(int n) {
        StringBuilder name = new StringBuilder();
        do {
            name.insert(0, (char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return name.toString();
    }

    private int beneficiaries(long id) {
        return jdbc.queryForObject("select count(*) from cov_beneficiary where artisan_id = ?", Integer.class, id);
    }

    private int audits(long id) {
        return jdbc.queryForObject(
                "select count(*) from plat_audit_record where entity_type = 'CoverageFile' and entity_id = ?"
                        + " and action <> 'READ'",
                Integer.class,
                String.valueOf(id));
    }
}
