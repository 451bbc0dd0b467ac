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
import tools.jackson.databind.json.JsonMapper;

/** Issue 13 item 8 on VAE: another region's application or jury is a 404 before an invalid body is read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class VaePermissionFirstIT {

    private static final String INVALID = "{\"memberKind\":\"NOPE\",\"applicationId\":\"x\",\"scores\":7}";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void anotherRegionsApplicationAndJuryAre404WhateverTheBody() {
        long artisan = RegistryFixtures.artisanIn("587").registered(port);
        long application = created("/api/v1/vae/applications", VaeFixtures.application(artisan, "P02", 8));
        long jury = created("/api/v1/vae/juries", VaeFixtures.jury("P02"));

        for (String path : new String[] {
            "/api/v1/vae/applications/" + application + "/submission",
            "/api/v1/vae/juries/" + jury + "/members",
            "/api/v1/vae/juries/" + jury + "/evaluations"
        }) {
            WebResponse refused = post("agent.fes", path);
            assertThat(refused.status()).as(path + ": " + refused.body()).isEqualTo(404);
        }
        // The region's own agent is told what is wrong with the body.
        assertThat(post("agent.draa", "/api/v1/vae/juries/" + jury + "/members").status())
                .isEqualTo(400);
    }

    private long created(String path, String body) {
        WebResponse created = new WebSession(port)
                .postJson(path, body, "Authorization", WebSession.basic("agent.draa", PlatformFixtures.PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(created.body()).get("id").asLong();
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
