package ma.hirfa.registry.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ma.hirfa.matching.DuplicatePair;
import ma.hirfa.matching.DuplicateReview;
import ma.hirfa.platform.AuditAction;
import ma.hirfa.platform.AuditHistoryItem;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.artisan.ArtisanService;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Duplicates on the entry paths and in the review queue: candidates before saving (form and API), a reviewer's
 * "not a duplicate" remembered, a merge that keeps both files and can be undone, all audited, and the batch
 * scan that feeds the queue with its progress.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class DuplicateReviewIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    private static final String AGENT = WebSession.basic("agent.draa", "demo1234");

    @LocalServerPort
    int port;

    @Autowired
    DuplicateReview review;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApiGivesTheCandidatesBeforeSavingRefusesOnRequestAndOtherwiseQueuesThePairs() {
        WebSession client = new WebSession(port);
        long first = created(client.postJson(
                "/api/v1/registry/artisans",
                person("JD510001", "\"firstNameAr\":\"حليمة\",\"lastNameAr\":\"أمزيان\"", "1966-02-03"),
                "Authorization",
                AGENT));
        String latin = person("JD510002", "\"firstNameLat\":\"Halima\",\"lastNameLat\":\"Amziane\"", "1966-02-03");

        WebResponse preview = client.postJson("/api/v1/registry/artisans/candidates", latin, "Authorization", AGENT);
        assertThat(preview.body()).contains("\"id\":" + first).contains("\"reasons\"");

        WebResponse refused = client.postJson(
                "/api/v1/registry/artisans?onDuplicate=refuse", latin, "Authorization", AGENT, "Accept-Language", "fr");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body())
                .contains("\"candidates\"")
                .contains("\"id\":" + first)
                .contains("\"label\":\"Nom en arabe d’un côté, en latin de l’autre\"")
                .contains("rien n’a été enregistré");
        assertThat(client.get("/api/v1/registry/artisans?nationalId=JD510002", "Authorization", AGENT)
                        .header("X-Total-Count"))
                .isEqualTo("0");

        WebResponse saved = client.postJson("/api/v1/registry/artisans", latin, "Authorization", AGENT);
        long second = created(saved);
        assertThat(saved.header("X-Possible-Duplicates")).isEqualTo(Long.toString(first));
        assertThat(saved.body()).contains("\"potentialDuplicate\":true");
        assertThat(pairOf(first, second).state()).isEqualTo(DuplicateReview.PENDING);
        assertThat(pairOf(first, second).source()).isEqualTo("ENTRY");
    }

    @Test
    void theFormShowsTheCandidatesBeforeSavingAndTheAgentMayGoOn() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        WebSession api = new WebSession(port);
        long first = created(api.postJson(
                "/api/v1/registry/artisans",
                person("JD520001", "\"firstNameLat\":\"Yamna\",\"lastNameLat\":\"Oubella\"", "1971-06-30"),
                "Authorization",
                AGENT));
        agent.get("/registry/artisans/new?lang=fr");

        Map<String, String> form = form("JD520002", "يامنة", "أوبلا", "1971-06-30");
        WebResponse shown = agent.post("/registry/artisans", form);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body())
                .contains("duplicate-candidates")
                .contains("/registry/artisans/" + first)
                .contains("confirmNotDuplicate");

        Map<String, String> confirmed = new java.util.HashMap<>(form);
        confirmed.put("confirmNotDuplicate", "true");
        WebResponse saved = agent.post("/registry/artisans", confirmed);
        assertThat(saved.status()).isEqualTo(302);
        long second = Long.parseLong(saved.location().replaceAll(".*/", ""));
        assertThat(pairOf(first, second).state()).isEqualTo(DuplicateReview.PENDING);
    }

    @Test
    void aPairDecidedNotDuplicateIsNeverProposedAgain() {
        long[] ids = twoLookAlikes("JD530001", "JD530002", "Touda", "Askour", "تودة", "أسكور", "1977-01-19");
        DuplicatePair pair = pairOf(ids[0], ids[1]);
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        assertThat(manager.get("/registry/duplicates?lang=fr&size=100").body())
                .contains("/registry/duplicates/" + pair.id());

        manager.get("/registry/duplicates/" + pair.id());
        WebResponse decided = manager.post("/registry/duplicates/" + pair.id() + "/not-duplicate", Map.of());

        assertThat(decided.status()).isEqualTo(302);
        assertThat(pairOf(ids[0], ids[1]).state()).isEqualTo(DuplicateReview.NOT_DUPLICATE);
        assertThat(manager.get("/registry/duplicates?lang=fr&size=100").body())
                .doesNotContain("/registry/duplicates/" + pair.id() + "\"");
        String again = new WebSession(port)
                .postJson(
                        "/api/v1/registry/artisans/candidates?excluding=" + ids[1],
                        person("JD530002", "\"firstNameAr\":\"تودة\",\"lastNameAr\":\"أسكور\"", "1977-01-19"),
                        "Authorization",
                        AGENT)
                .body();
        assertThat(again).doesNotContain("\"id\":" + ids[0] + ",");
        assertThat(audit.history("DuplicatePair", pair.id()))
                .extracting(AuditHistoryItem::after)
                .anySatisfy(after -> assertThat(after).contains("NOT_DUPLICATE"));
    }

    @Test
    void aMergeKeepsBothFilesIsAuditedAndCanBeUndone() {
        long[] ids = twoLookAlikes("JD540001", "JD540002", "Itto", "Izem", "إيطو", "إزم", "1962-12-08");
        long survivor = ids[0];
        long absorbed = ids[1];
        DuplicatePair pair = pairOf(survivor, absorbed);
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        assertThat(agent.get("/registry/duplicates").status()).isEqualTo(403);
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        manager.get("/registry/duplicates/" + pair.id() + "?lang=fr");

        WebResponse merged = manager.post(
                "/registry/duplicates/" + pair.id() + "/merge", Map.of("survivor", Long.toString(survivor)));

        assertThat(merged.status()).isEqualTo(302);
        assertThat(merged.location()).endsWith("/registry/artisans/" + survivor);
        String absorbedPage =
                manager.get("/registry/artisans/" + absorbed + "?lang=fr").body();
        assertThat(absorbedPage)
                .contains("Fusionné")
                .contains("merged-into")
                .contains("/registry/artisans/" + survivor);
        assertThat(manager.get("/registry/artisans/" + survivor).body()).contains("/registry/artisans/" + absorbed);
        assertThat(apiStatus(absorbed)).isEqualTo("MERGED");
        assertThat(pairOf(survivor, absorbed).state()).isEqualTo(DuplicateReview.MERGED);
        assertThat(audit.history("ArtisanMerge", absorbed))
                .extracting(AuditHistoryItem::action)
                .containsExactly(AuditAction.CREATE);
        assertThat(audit.history(ArtisanService.ENTITY, absorbed))
                .anySatisfy(i -> assertThat(i.after()).contains("\"mergedInto\":" + survivor));

        WebResponse undone = manager.post("/registry/artisans/" + absorbed + "/merge/undo", Map.of());

        assertThat(undone.status()).isEqualTo(302);
        assertThat(apiStatus(absorbed)).isEqualTo("DRAFT");
        assertThat(pairOf(survivor, absorbed).state()).isEqualTo(DuplicateReview.PENDING);
        assertThat(audit.history("ArtisanMerge", absorbed))
                .extracting(AuditHistoryItem::action)
                .containsExactly(AuditAction.CREATE, AuditAction.DELETE);
        assertThat(manager.get("/registry/artisans/" + absorbed + "?lang=fr").body())
                .doesNotContain("merged-into");
    }

    @Test
    void aMergeIsNotUndoneWhileThePersonHoldsAnotherActiveFileUnderTheAbsorbedFilesNationalId() {
        long[] ids = twoLookAlikes("JD540011", "JD540012", "Mimoun", "Oufkir", "ميمون", "أوفقير", "1963-02-11");
        long survivor = ids[0];
        long absorbed = ids[1];
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        manager.get("/registry/duplicates/" + pairOf(survivor, absorbed).id() + "?lang=fr");
        assertThat(manager.post(
                                "/registry/duplicates/"
                                        + pairOf(survivor, absorbed).id() + "/merge",
                                Map.of("survivor", Long.toString(survivor)))
                        .status())
                .isEqualTo(302);
        // a merged file no longer holds its national id: a new file may take it (ADR 0064)
        created(new WebSession(port)
                .postJson(
                        "/api/v1/registry/artisans",
                        person("JD540012", "\"firstNameAr\":\"زهرة\",\"lastNameAr\":\"بوزيد\"", "1990-06-06"),
                        "Authorization",
                        AGENT));

        WebResponse undone = manager.post("/registry/artisans/" + absorbed + "/merge/undo", Map.of());

        assertThat(undone.status()).isEqualTo(302);
        assertThat(manager.get("/registry/artisans/" + absorbed + "?lang=fr").body())
                .contains("Un artisan avec ce n° de CIN existe déjà.");
        assertThat(apiStatus(absorbed)).as("still merged").isEqualTo("MERGED");
    }

    @Test
    void theBatchScanShowsItsProgressAndFeedsTheQueue() throws InterruptedException {
        WebSession api = new WebSession(port);
        long a = created(api.postJson(
                "/api/v1/registry/artisans",
                person("JD550001", "\"firstNameLat\":\"Moubarak\",\"lastNameLat\":\"Akhiyat\"", "1958-08-21"),
                "Authorization",
                AGENT));
        long b = created(api.postJson(
                "/api/v1/registry/artisans",
                person("JD550009", "\"firstNameAr\":\"مبارك\",\"lastNameAr\":\"أخياط\"", "1958-08-21"),
                "Authorization",
                AGENT));
        // as for files entered before duplicate detection existed: no pair yet
        jdbc.update("delete from mat_pair where artisan_low = ? and artisan_high = ?", a, b);
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        manager.get("/registry/duplicates?lang=fr");

        assertThat(manager.post("/registry/duplicates/scan", Map.of()).status()).isEqualTo(302);
        String fragment = manager.get("/registry/duplicates/scan?lang=fr").body();
        assertThat(fragment).contains("scan-progress");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!fragment.contains("Terminée") && Instant.now().isBefore(deadline)) {
            assertThat(fragment).contains("hx-get").contains("every 1s");
            Thread.sleep(500);
            fragment = manager.get("/registry/duplicates/scan?lang=fr").body();
        }

        assertThat(fragment).contains("Terminée").doesNotContain("every 1s").contains("100 %");
        DuplicatePair found = pairOf(a, b);
        assertThat(found.source()).isEqualTo("SCAN");
        assertThat(manager.get("/registry/duplicates?lang=fr&size=100").body())
                .contains("/registry/duplicates/" + found.id());
    }

    private long[] twoLookAlikes(
            String idA, String idB, String firstLat, String lastLat, String firstAr, String lastAr, String born) {
        WebSession api = new WebSession(port);
        long a = created(api.postJson(
                "/api/v1/registry/artisans",
                person(idA, "\"firstNameLat\":\"" + firstLat + "\",\"lastNameLat\":\"" + lastLat + "\"", born),
                "Authorization",
                AGENT));
        long b = created(api.postJson(
                "/api/v1/registry/artisans",
                person(idB, "\"firstNameAr\":\"" + firstAr + "\",\"lastNameAr\":\"" + lastAr + "\"", born),
                "Authorization",
                AGENT));
        return new long[] {a, b};
    }

    private DuplicatePair pairOf(long a, long b) {
        List<DuplicatePair> pairs = review.involving(a, null);
        return pairs.stream()
                .filter(p -> p.other(a) == b)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pair " + a + "/" + b + " in " + pairs));
    }

    private String apiStatus(long id) {
        String body = new WebSession(port)
                .get("/api/v1/registry/artisans/" + id, "Authorization", AGENT)
                .body();
        return body.replaceAll("(?s).*\"status\":\"([A-Z_]+)\".*", "$1");
    }

    private static long created(WebResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return Long.parseLong(response.location().replaceAll(".*/", ""));
    }

    private static String person(String nationalId, String names, String born) {
        return "{\"nationalId\":\"" + nationalId + "\"," + names + ",\"sex\":\"F\",\"birthDate\":\"" + born
                + "\",\"phone\":\"" + phone(born) + "\",\"provinceCode\":\"401\","
                + "\"craftCode\":\"P01\",\"category\":\"ARTISAN\",\"qualificationBasis\":\"DIPLOMA\"}";
    }

    /** Look-alikes share a phone number, derived from their birth date. */
    private static String phone(String born) {
        return "0662" + born.replace("-", "").substring(2);
    }

    private static Map<String, String> form(String nationalId, String firstAr, String lastAr, String born) {
        Map<String, String> form = new java.util.HashMap<>();
        form.put("nationalId", nationalId);
        form.put("firstNameAr", firstAr);
        form.put("lastNameAr", lastAr);
        form.put("sex", "F");
        form.put("birthDate", born);
        form.put("phone", phone(born));
        form.put("provinceCode", "401");
        form.put("craftCode", "P01");
        form.put("category", "ARTISAN");
        form.put("qualificationBasis", "DIPLOMA");
        return form;
    }
}
