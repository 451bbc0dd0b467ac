package ma.hirfa.vae;

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
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 13 item 7: a VAE statement that once stored {@code "a\u202eb\u0000"} is refused by field, nothing kept. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class VaeTextIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void aStatementWithAnOverrideANulOrAVariationSelectorIsRefusedNamingTheFieldAndNothingIsWritten() {
        long artisan = RegistryFixtures.artisanIn("401").registered(port);
        String plain = VaeFixtures.application(artisan, "P01", 5);

        for (String hostile : new String[] {"a\\u202eb\\u0000", "Tisserande\\ufe0f", "\\u0605 12"}) {
            WebResponse refused = post(plain.replace("Tisserande depuis l’enfance", hostile));

            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            JsonNode errors =
                    JsonMapper.builder().build().readTree(refused.body()).get("errors");
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).get("field").asString()).isEqualTo("statement");
            assertThat(errors.get(0).get("code").asString()).isEqualTo("platform.text.invisible");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from vae_application where artisan_id = ?", Integer.class, artisan))
                .isZero();
        assertThat(post(plain.replace("Tisserande depuis l’enfance", "نَسَّاجَة مُنْذُ الصِّغَر"))
                        .status())
                .isEqualTo(201);
    }

    private WebResponse post(String body) {
        return new WebSession(port)
                .postJson(
                        "/api/v1/vae/applications",
                        body,
                        "Authorization",
                        WebSession.basic("agent.draa", "demo1234"),
                        "Accept-Language",
                        "fr");
    }
}
