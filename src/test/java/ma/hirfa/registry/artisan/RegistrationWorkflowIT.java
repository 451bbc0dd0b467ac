package ma.hirfa.registry.artisan;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.PdfLayout;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class RegistrationWorkflowIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger IDS = new AtomicInteger(500);
    private static final String AGENT = WebSession.basic("agent.draa", "demo1234");
    private static final String MANAGER = WebSession.basic("manager.draa", "demo1234");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ArtisanWorkflow workflow;

    @Autowired
    CurrentUsers users;

    @Test
    void anArtisanIsSubmittedApprovedCardedSuspendedReinstatedAndStruckOff() {
        long id = draft("401", "Ouarzazate");
        assertThat(step(AGENT, id, "submit", null).status()).isEqualTo(200);
        assertThat(step(AGENT, id, "approve", null).status()).isEqualTo(403);

        JsonNode registered = json(step(MANAGER, id, "approve", null));
        assertThat(registered.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(registered.get("registrationNumber").asString()).matches("08-401-\\d{4}-\\d{6}");
        String token = token(registered);
        assertThat(verify(token).get("status").asString()).isEqualTo("VALID");
        assertThat(verify(token).get("registrationNumber").asString())
                .isEqualTo(registered.get("registrationNumber").asString());
        assertThat(verify(token).has("nationalId")).isFalse();
        assertThat(verify(token).get("name").asString()).isEqualTo("Hassan Ouarzazate");
        assertThat(verify(token).get("validUntil").asString()).matches("\\d{4}-\\d{2}-\\d{2}");

        assertThat(step(MANAGER, id, "suspend", null).status()).isEqualTo(400);
        step(MANAGER, id, "suspend", "Contrôle");
        assertThat(verify(token).get("status").asString()).isEqualTo("SUSPENDED");
        step(MANAGER, id, "reinstate", "Contrôle terminé");
        assertThat(verify(token).get("status").asString()).isEqualTo("VALID");
        step(MANAGER, id, "strike-off", "Cessation");
        assertThat(verify(token).get("status").asString()).isEqualTo("REVOKED");

        JsonNode reinstated = json(step(MANAGER, id, "reinstate", "Reprise d’activité"));
        assertThat(reinstated.get("registrationNumber").asString())
                .isEqualTo(registered.get("registrationNumber").asString());
        assertThat(verify(token(reinstated)).get("status").asString()).isEqualTo("VALID");
        assertThat(verify(token).get("status").asString()).isEqualTo("REVOKED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from reg_artisan_event where artisan_id = ?", Integer.class, id))
                .isEqualTo(7);
    }

    @Test
    void whoeverSubmitsCannotApproveReturnOrReject() {
        long id = draft("587", "Zagora");
        step(MANAGER, id, "submit", null);

        WebResponse approval = step(MANAGER, id, "approve", null);
        WebResponse rejection = step(MANAGER, id, "reject", "Doublon", "Accept-Language", "fr");

        assertThat(approval.status()).isEqualTo(409);
        assertThat(rejection.status()).isEqualTo(409);
        assertThat(rejection.body()).contains("une autre personne doit le valider");
        assertThat(status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void stepsThatTheStatusDoesNotAllowAreRefusedWithNothingWritten() {
        long id = draft("201", "Errachidia");
        int auditBefore = count("plat_audit_record");

        assertThat(step(MANAGER, id, "approve", null).status()).isEqualTo(409);
        assertThat(step(MANAGER, id, "suspend", "x").status()).isEqualTo(409);
        assertThat(step(MANAGER, id, "reinstate", "x").status()).isEqualTo(409);
        step(AGENT, id, "submit", null);
        assertThat(step(MANAGER, id, "reject", " ").status()).isEqualTo(400);
        assertThat(step(MANAGER, id, "reject", "x".repeat(1001)).status()).isEqualTo(400);

        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(count("plat_audit_record")).isEqualTo(auditBefore + 1);
    }

    @Test
    void aReturnedFileIsCorrectedAndSubmittedAgain() {
        long id = draft("577", "Tinghir");
        step(AGENT, id, "submit", null);
        JsonNode returned = json(step(MANAGER, id, "return", "Photo manquante"));
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("correctionRequested").asBoolean()).isTrue();

        JsonNode resubmitted = json(step(AGENT, id, "submit", null));

        assertThat(resubmitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.get("correctionRequested").asBoolean()).isFalse();
        assertThat(WebSession.loggedIn(port, "manager.draa")
                        .get("/registry/artisans/" + id)
                        .body())
                .contains("Photo manquante");
    }

    @Test
    void aSecondActiveRegistrationOfTheSamePersonIsRefusedWithALinkToTheFirst() {
        long id = draft("363", "Midelt");
        String nationalId = jdbc.queryForObject("select national_id from reg_artisan where id = ?", String.class, id);

        WebResponse second = new WebSession(port)
                .postJson("/api/v1/registry/artisans", body(nationalId, "363", "1980-05-05"), "Authorization", AGENT);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.location()).endsWith("/api/v1/registry/artisans/" + id);
        assertThat(second.body()).contains("\"existing\":\"/api/v1/registry/artisans/" + id + "\"");
    }

    @Test
    void implausibleBirthDatesAndTooFewYearsOfPracticeAreRefused() {
        WebSession client = new WebSession(port);
        String young = body(
                "JY" + IDS.incrementAndGet(),
                "401",
                java.time.LocalDate.now().minusYears(14).toString());
        String master = body("JY" + IDS.incrementAndGet(), "401", "1990-01-01")
                .replace("\"category\":\"ARTISAN\"", "\"category\":\"MASTER_ARTISAN\"")
                .replace("\"experienceYears\":12", "\"experienceYears\":6");

        WebResponse tooYoung =
                client.postJson("/api/v1/registry/artisans", young, "Authorization", AGENT, "Accept-Language", "fr");
        WebResponse notAMaster =
                client.postJson("/api/v1/registry/artisans", master, "Authorization", AGENT, "Accept-Language", "fr");

        assertThat(tooYoung.status()).isEqualTo(400);
        assertThat(tooYoung.body()).contains("\"birthDate\"").contains("âge minimum");
        assertThat(notAMaster.status()).isEqualTo(400);
        assertThat(notAMaster.body()).contains("\"experienceYears\"").contains("maître artisan");
    }

    @Test
    void filesOfAnotherRegionAreInvisibleToEveryRegistryEndpoint() {
        long id = draft("401", "Ouarzazate");
        step(AGENT, id, "submit", null);
        step(MANAGER, id, "approve", null);
        String fes = WebSession.basic("agent.fes", "demo1234");
        WebSession client = new WebSession(port);

        for (String action : List.of("submit", "approve", "return", "reject", "suspend", "strike-off", "reinstate")) {
            assertThat(step(fes, id, action, "x").status()).as(action).isEqualTo(404);
        }
        assertThat(client.get("/api/v1/registry/artisans/" + id + "/card.pdf", "Authorization", fes)
                        .status())
                .isEqualTo(404);
        WebSession fesPages = WebSession.loggedIn(port, "agent.fes");
        assertThat(fesPages.get("/registry/artisans/" + id + "/card.pdf").status())
                .isEqualTo(404);
        assertThat(fesPages.get("/registry/artisans/" + id).status()).isEqualTo(404);
    }

    @Test
    void theCardPdfCarriesTheNumberAndTheNamesInBothScripts() throws Exception {
        long id = draft("577", "Kalaat M'Gouna");
        step(AGENT, id, "submit", null);
        String number = json(step(MANAGER, id, "approve", null))
                .get("registrationNumber")
                .asString();

        byte[] pdf = WebSession.loggedIn(port, "manager.draa").download("/registry/artisans/" + id + "/card.pdf");

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(240f, 245f);
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains(number).contains("Kalaat M'Gouna").contains("Royaume du Maroc");
            assertThat(text).containsPattern("[\\u0621-\\u064A]{3,}");
        }
        PdfLayout card = PdfLayout.screenshot(pdf, "card").assertInsidePages().assertNothingOverlaps();
        assertThat(card.lines())
                .as("the validity date reads year first in Arabic as in French")
                .noneMatch(line -> line.visual().matches(".*(?<![\\d-])\\d{2}-\\d{2}-\\d{4}(?![\\d-]).*"))
                .filteredOn(line -> line.visual().matches(".*\\b\\d{4}-\\d{2}-\\d{2}\\b.*"))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theCardShowsThePhotoOfTheFileWhenThereIsOne() throws Exception {
        long id = draft("401", "Photo");
        step(AGENT, id, "submit", null);
        step(MANAGER, id, "approve", null);
        java.awt.image.BufferedImage face =
                new java.awt.image.BufferedImage(60, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(face, "png", png);

        WebResponse uploaded = new WebSession(port)
                .upload(
                        "/api/v1/registry/artisans/" + id + "/documents",
                        java.util.Map.of("kind", "PHOTO"),
                        "file",
                        "photo.png",
                        "image/png",
                        png.toByteArray(),
                        "Authorization",
                        AGENT);
        byte[] pdf = new WebSession(port)
                .download("/api/v1/registry/artisans/" + id + "/card.pdf", "Authorization", MANAGER);

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
    }

    @Test
    void concurrentApprovalsInOneProvinceGetConsecutiveUniqueNumbers() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long id = draft("587", "Agdz");
            step(AGENT, id, "submit", null);
            ids.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (long id : ids) {
                numbers.add(pool.submit(() -> {
                    users.actAs("manager.draa", Role.CHAMBER_MANAGER, "08");
                    try {
                        return workflow.apply(id, Transition.APPROVE, null).registrationNumber();
                    } finally {
                        users.clear();
                    }
                }));
            }
            List<Long> sequence = new ArrayList<>();
            for (Future<String> number : numbers) {
                sequence.add(Long.parseLong(number.get().substring(number.get().lastIndexOf('-') + 1)));
            }
            assertThat(sequence).doesNotHaveDuplicates();
            long first = sequence.stream().mapToLong(Long::longValue).min().orElseThrow();
            assertThat(sequence)
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.range(first, first + 8)
                            .boxed()
                            .toList());
        } finally {
            pool.shutdown();
        }
    }

    private long draft(String province, String lastName) {
        WebResponse created = new WebSession(port)
                .postJson(
                        "/api/v1/registry/artisans",
                        body("JW" + IDS.incrementAndGet(), province, "1981-06-15")
                                .replace("Test", lastName),
                        "Authorization",
                        AGENT);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asLong();
    }

    private static String body(String nationalId, String province, String birthDate) {
        return "{\"nationalId\":\"" + nationalId + "\",\"firstNameAr\":\"حسن\",\"lastNameAr\":\"أمزيان\","
                + "\"firstNameLat\":\"Hassan\",\"lastNameLat\":\"Test\",\"sex\":\"M\",\"birthDate\":\"" + birthDate
                + "\",\"provinceCode\":\"" + province + "\",\"craftCode\":\"P02\",\"category\":\"ARTISAN\","
                + "\"qualificationBasis\":\"EXPERIENCE\",\"experienceYears\":12,\"taxStatus\":\"UNTAXED\"}";
    }

    private WebResponse step(String credentials, long id, String action, String reason, String... headers) {
        String body = reason == null ? "{}" : "{\"reason\":" + JSON.writeValueAsString(reason) + "}";
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = credentials;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return new WebSession(port).postJson("/api/v1/registry/artisans/" + id + "/" + action, body, all);
    }

    private JsonNode verify(String token) {
        return json(new WebSession(port).get("/verify/" + token, "Accept", "application/json"));
    }

    private static String token(JsonNode file) {
        String url = file.get("card").get("verificationUrl").asString();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from reg_artisan where id = ?", String.class, id);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static JsonNode json(WebResponse response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }
}
