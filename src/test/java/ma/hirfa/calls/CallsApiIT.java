package ma.hirfa.calls;

import static ma.hirfa.calls.CallsFixtures.AGENT;
import static ma.hirfa.calls.CallsFixtures.MANAGER;
import static ma.hirfa.calls.CallsFixtures.ok;
import static ma.hirfa.calls.CallsFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import ma.hirfa.platform.ArtisanAccounts;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class CallsApiIT {

    private static final List<String> STALLS = List.of("S-1", "S-2", "S-3");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ArtisanAccounts artisanAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void applicationsAreRefusedBeforeOpeningAfterClosingAndTwice() {
        long draft = CallsFixtures.draft(port, CallsFixtures.call(TestStalls.KIND, 1, STALLS, today(), today()));
        long artisan = RegistryFixtures.artisanIn("401").registered(port);
        assertThat(error(apply(draft, artisan), 409)).contains("pas encore ouvert");

        long past = CallsFixtures.draft(
                port, CallsFixtures.call(TestStalls.KIND, 1, STALLS, today().minusDays(20), today().minusDays(1)));
        ok(post(port, "/api/v1/calls/" + past + "/opening", "{}", AGENT), 200);
        assertThat(error(apply(past, artisan), 409)).contains("Les candidatures sont closes depuis le");

        long open = CallsFixtures.openToday(port, TestStalls.KIND, 1, STALLS);
        JsonNode first = ok(apply(open, artisan), 201);
        assertThat(first.get("preferences").toString()).isEqualTo("[\"S-2\",\"S-1\"]");
        assertThat(error(apply(open, artisan), 409)).contains("déjà déposé une candidature");
        assertThat(count("select count(*) from call_application where call_id = ?", open))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from plat_audit_record where entity_type = 'CallApplication' and entity_id = ?",
                        String.valueOf(first.get("applicationId").asLong())))
                .isEqualTo(1);
    }

    @Test
    void anIneligibleApplicantIsRefusedWithTheReason() {
        long open = CallsFixtures.openToday(port, TestStalls.KIND, 2, STALLS);
        long suspended = RegistryFixtures.artisanIn("577").suspended(port);
        long ofFes = RegistryFixtures.artisanIn("231").registered(port);

        assertThat(error(apply(open, suspended), 400)).contains("suspendu du registre");
        assertThat(error(apply(open, ofFes), 400)).contains("immatriculé au registre de votre région");
        long inArrears = CallsFixtures.openToday(port, TestStalls.KIND, TestStalls.IN_ARREARS, STALLS);
        long registered = RegistryFixtures.artisanIn("401").registered(port);
        assertThat(error(apply(inArrears, registered), 400))
                .as("the offering module's own rule")
                .contains("immatriculé");
        assertThat(count("select count(*) from call_application where call_id in (?, ?)", open, inArrears))
                .isZero();
    }

    @Test
    void aCallOfAnotherRegionIsNotFoundAndTheMinistryOnlyReads() {
        long open = CallsFixtures.openToday(port, TestStalls.KIND, 3, STALLS);
        String fes = WebSession.basic("agent.fes", "demo1234");
        long ofFes = RegistryFixtures.artisanIn("231").registered(port);

        assertThat(CallsFixtures.get(port, "/api/v1/calls/" + open, fes).status())
                .isEqualTo(404);
        WebResponse applied = post(
                port,
                "/api/v1/calls/" + open + "/applications",
                "{\"applicantKind\":\"ARTISAN\",\"applicantId\":" + ofFes + ",\"preferences\":[\"S-1\"]}",
                fes);
        assertThat(applied.status()).isEqualTo(404);
        String ministry = WebSession.basic("ministry", "demo1234");
        assertThat(CallsFixtures.get(port, "/api/v1/calls/" + open, ministry).status())
                .isEqualTo(200);
        assertThat(post(port, "/api/v1/calls/" + open + "/closing", "{}", ministry)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aMemberInConflictIsRefusedAndAScoreOutsideTheGridIsRefused() {
        long call = CallsFixtures.openToday(port, TestStalls.KIND, 4, STALLS);
        long weaver = RegistryFixtures.artisanIn("401").registered(port);
        long cousin = RegistryFixtures.artisanIn("401").registered(port);
        long application = CallsFixtures.apply(port, call, weaver, "S-1");
        CallsFixtures.close(port, call);
        CallsFixtures.member(port, call, "manager.draa", null, List.of(weaver));
        CallsFixtures.member(port, call, "agent.draa", cousin, List.of());
        String path = "/api/v1/calls/" + call + "/applications/" + application;

        assertThat(error(post(port, path + "/declarations", "{}", MANAGER), 409))
                .contains("proche déclaré");
        assertThat(error(post(port, path + "/scores", CallsFixtures.scores(5), MANAGER), 409))
                .contains("Déclarez d’abord");
        assertThat(post(port, path + "/declarations", "{}", AGENT).status()).isEqualTo(201);
        assertThat(error(post(port, path + "/scores", CallsFixtures.scores(11), AGENT), 400))
                .contains("La note 11 sort de la grille : de 0 à 10");
        assertThat(count("select count(*) from call_score where application_id = ?", application))
                .isZero();
        assertThat(error(
                        post(
                                port,
                                path + "/scores",
                                "{\"scores\":[{\"code\":\"SENIORITY\",\"score\":4,\"justification\":\" \"}]}",
                                AGENT),
                        400))
                .contains("justifiée");
    }

    @Test
    void aFellowMemberOfTheApplicantsCooperativeIsRefused() {
        long call = CallsFixtures.openToday(port, TestStalls.KIND, 5, STALLS);
        long president = RegistryFixtures.artisanIn("401").registered(port);
        long member = RegistryFixtures.artisanIn("401").registered(port);
        cooperativeOf(president, member);
        long application = CallsFixtures.apply(port, call, member, "S-2");
        CallsFixtures.close(port, call);
        CallsFixtures.member(port, call, "agent.draa", president, List.of());

        assertThat(error(
                        post(
                                port,
                                "/api/v1/calls/" + call + "/applications/" + application + "/declarations",
                                "{}",
                                AGENT),
                        409))
                .contains("membres de la même coopérative");
    }

    @Test
    void theRankingIsPublishedAppealedDecidedAndMadeFinal() throws InterruptedException {
        long call = CallsFixtures.openToday(port, TestStalls.KIND, 6, STALLS);
        long first = RegistryFixtures.artisanIn("401").registered(port);
        long second = RegistryFixtures.artisanIn("401").registered(port);
        long third = RegistryFixtures.artisanIn("401").registered(port);
        long a1 = CallsFixtures.apply(port, call, first, "S-1", "S-2");
        long a2 = CallsFixtures.apply(port, call, second, "S-1");
        long a3 = CallsFixtures.apply(port, call, third, "S-3");
        CallsFixtures.close(port, call);
        CallsFixtures.member(port, call, "agent.draa", null, List.of());
        CallsFixtures.score(port, call, a1, "agent.draa", 6);
        CallsFixtures.score(port, call, a2, "agent.draa", 6);
        assertThat(error(post(port, "/api/v1/calls/" + call + "/publication", "{}", MANAGER), 409))
                .contains("1 candidature(s)");
        CallsFixtures.score(port, call, a3, "agent.draa", 8);
        assertThat(post(port, "/api/v1/calls/" + call + "/publication", "{}", AGENT)
                        .status())
                .as("an agent does not publish")
                .isEqualTo(403);
        ok(post(port, "/api/v1/calls/" + call + "/publication", "{}", MANAGER), 200);

        JsonNode ranking = ok(CallsFixtures.get(port, "/api/v1/calls/" + call + "/ranking", AGENT), 200);
        assertThat(ranking.get("tieBreak").asString()).contains("déposée la première");
        assertThat(ranking.get("standings").findValuesAsString("applicationId"))
                .as("best first, then the earlier of two equal scores")
                .containsExactly(String.valueOf(a3), String.valueOf(a1), String.valueOf(a2));
        assertThat(error(CallsFixtures.get(port, "/api/v1/calls/" + call + "/final-ranking", AGENT), 409))
                .contains("pas encore définitif");

        String appeals = "/api/v1/calls/" + call + "/applications/" + a2 + "/appeals";
        long appeal = ok(post(port, appeals, "{\"grounds\":\"Ancienneté mal comptée\"}", AGENT), 201)
                .get("id")
                .asLong();
        assertThat(error(post(port, "/api/v1/calls/" + call + "/finalisation", "{}", MANAGER), 409))
                .contains("attend sa décision");
        String decision = "/api/v1/calls/" + call + "/appeals/" + appeal + "/decision";
        assertThat(error(
                        post(port, decision, "{\"outcome\":\"UPHELD\",\"reason\":\"Ancienneté de 20 ans\"}", MANAGER),
                        400))
                .contains("nouvelle note");
        ok(
                post(
                        port,
                        decision,
                        "{\"outcome\":\"UPHELD\",\"revisedScore\":90,\"reason\":\"Ancienneté de 20 ans\"}",
                        MANAGER),
                200);
        assertThat(count(
                        "select count(*) from plat_audit_record where entity_type = 'CallAppeal' and entity_id = ?",
                        String.valueOf(appeal)))
                .as("lodged, then decided")
                .isEqualTo(2);
        ok(post(port, "/api/v1/calls/" + call + "/finalisation", "{}", MANAGER), 200);

        JsonNode finalRanking = ok(CallsFixtures.get(port, "/api/v1/calls/" + call + "/final-ranking", AGENT), 200);
        assertThat(finalRanking.get("ranked").findValuesAsString("applicationId"))
                .containsExactly(String.valueOf(a2), String.valueOf(a3), String.valueOf(a1));
        assertThat(finalRanking.get("ranked").get(0).get("score").asDouble()).isEqualTo(90.0);
        long waited = System.currentTimeMillis();
        while (TestStalls.FINAL.stream().noneMatch(e -> e.callId() == call)
                && System.currentTimeMillis() - waited < 5000) {
            Thread.sleep(50);
        }
        assertThat(TestStalls.FINAL)
                .as("the offering module hears it once")
                .filteredOn(e -> e.callId() == call)
                .containsExactly(new CallResultsFinal(call, TestStalls.KIND, 6));
    }

    @Test
    void anArtisanSeesOpenCallsOfTheirRegionAndAppliesForThemselves() {
        long open = CallsFixtures.openToday(port, TestStalls.KIND, 7, STALLS);
        long draft = CallsFixtures.draft(port, CallsFixtures.call(TestStalls.KIND, 7, STALLS, today(), today()));
        long artisan = RegistryFixtures.artisanIn("401").registered(port);
        String username = "calls.artisan." + artisan;
        String password =
                artisanAccounts.open(username, "Fatima", artisan, "08").orElseThrow();
        String me = WebSession.basic(username, password);

        String calls = CallsFixtures.get(port, "/api/v1/calls", me).body();
        assertThat(calls).contains("\"id\":" + open + ",").doesNotContain("\"id\":" + draft + ",");
        JsonNode mine =
                ok(post(port, "/api/v1/calls/" + open + "/applications", "{\"preferences\":[\"S-3\"]}", me), 201);
        assertThat(mine.get("applicantId").asLong()).isEqualTo(artisan);
        assertThat(post(port, "/api/v1/calls/" + open + "/closing", "{}", me).status())
                .isEqualTo(403);
        assertThat(CallsFixtures.get(port, "/api/v1/calls/" + draft, me).status())
                .isEqualTo(404);
    }

    @Test
    void theGridIsEditableUntilTheCallOpensThenPublishedAsItStood() {
        long call = CallsFixtures.draft(port, CallsFixtures.call(TestStalls.KIND, 8, STALLS, today(), today()));
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        assertThat(agent.get("/calls/" + call + "?lang=fr").body()).contains("id=\"save-grid\"");
        agent.post(
                "/calls/" + call + "/grid",
                java.util.Map.of(
                        "weight-SENIORITY",
                        "40",
                        "max-SENIORITY",
                        "5",
                        "weight-WOMAN_LED",
                        "60",
                        "max-WOMAN_LED",
                        "10"));
        ok(post(port, "/api/v1/calls/" + call + "/opening", "{}", AGENT), 200);
        agent.get("/calls/" + call);
        agent.post("/calls/" + call + "/grid", java.util.Map.of("weight-SENIORITY", "100", "max-SENIORITY", "5"));

        JsonNode grid =
                ok(CallsFixtures.get(port, "/api/v1/calls/" + call, AGENT), 200).get("grid");
        assertThat(grid.findValuesAsString("code")).containsExactly("SENIORITY", "WOMAN_LED");
        assertThat(grid.get(0).get("weight").asInt()).isEqualTo(40);
        assertThat(grid.get(0).get("maxScore").asInt()).isEqualTo(5);
    }

    @Test
    void theCallsApiIsInTheOpenApiDescription() {
        assertThat(new WebSession(port).get("/v3/api-docs").body())
                .contains("/api/v1/calls/{id}/applications/{applicationId}/scores")
                .contains("/api/v1/calls/{id}/appeals/{appealId}/decision")
                .contains("/api/v1/calls/{id}/final-ranking");
    }

    private WebResponse apply(long call, long artisan) {
        return post(
                port,
                "/api/v1/calls/" + call + "/applications",
                "{\"applicantKind\":\"ARTISAN\",\"applicantId\":" + artisan + ",\"preferences\":[\"S-2\",\"S-1\"]}",
                AGENT);
    }

    private static String error(WebResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.body();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static LocalDate today() {
        return LocalDate.now();
    }

    /** A cooperative of Drâa-Tafilalet whose members are the two artisans (being members is what conflicts). */
    private void cooperativeOf(long president, long member) {
        WebResponse created = post(
                port,
                "/api/v1/registry/cooperatives",
                "{\"nameAr\":\"تعاونية السوق\",\"nameFr\":\"Coopérative du souk\",\"crafts\":[\"P02\"],"
                        + "\"addressLine\":\"Ksar Tinzouline\",\"provinceCode\":\"401\"}",
                AGENT);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceFirst("(?s)^\\{\"id\":(\\d+).*", "$1");
        for (String role : List.of(president + ":PRESIDENT", member + ":MEMBER")) {
            String[] parts = role.split(":");
            WebResponse added = post(
                    port,
                    "/api/v1/registry/cooperatives/" + id + "/members",
                    "{\"artisanId\":" + parts[0] + ",\"role\":\"" + parts[1] + "\"}",
                    AGENT);
            assertThat(added.status()).as(added.body()).isEqualTo(200);
        }
    }
}
