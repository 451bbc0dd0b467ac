package ma.hirfa.registry.document;

import static ma.hirfa.registry.document.SupportingDocumentFixtures.pdf;
import static ma.hirfa.registry.document.SupportingDocumentFixtures.pdfOfSize;
import static ma.hirfa.registry.document.SupportingDocumentFixtures.png;
import static ma.hirfa.registry.document.SupportingDocumentFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class SupportingDocumentsIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger IDS = new AtomicInteger(700);
    private static final String AGENT = WebSession.basic("agent.draa", "demo1234");
    private static final String FES = WebSession.basic("agent.fes", "demo1234");
    private static final Pattern UPLOAD_ACTION = Pattern.compile("id=\"document-upload\"[^>]*?action=\"([^\"]+)\"");
    private static final String MISLABELLED = "Le contenu du fichier ne correspond pas à son type annoncé";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAgentAttachesAPdfToAFileOfHerRegionAndTheAuditTrailKeepsWhichFileWithoutItsBytes() {
        long id = draft();
        WebSession agent = agentInFrench();
        byte[] pdf = pdf();

        WebResponse uploaded = upload(agent, id, "PRACTICE_CERTIFICATE", "attestation.pdf", "application/pdf", pdf);

        assertThat(uploaded.status()).isEqualTo(302);
        assertThat(uploaded.location()).endsWith("/registry/artisans/" + id + "#documents");
        assertThat(agent.get("/registry/artisans/" + id).body())
                .contains("La pièce est jointe au dossier.")
                .contains("Attestation d’exercice")
                .contains("attestation.pdf");
        Map<String, Object> stored = jdbc.queryForMap("select * from reg_document where artisan_id = ?", id);
        assertThat(stored.get("region_code")).isEqualTo("08");
        assertThat(stored.get("kind")).isEqualTo("PRACTICE_CERTIFICATE");
        assertThat(stored.get("content_type")).isEqualTo("application/pdf");
        assertThat(stored.get("size_bytes")).isEqualTo((long) pdf.length);
        assertThat(stored.get("sha256")).isEqualTo(SupportingDocuments.sha256(pdf));
        assertThat(stored.get("uploaded_by")).isEqualTo("agent.draa");

        Map<String, Object> audit = jdbc.queryForMap(
                "select * from plat_audit_record where entity_type = 'SupportingDocument' and entity_id = ?",
                String.valueOf(stored.get("id")));
        assertThat(audit.get("action")).isEqualTo("CREATE");
        assertThat(audit.get("actor")).isEqualTo("agent.draa");
        assertThat(audit.get("region_code")).isEqualTo("08");
        assertThat((String) audit.get("after_state"))
                .contains("\"kind\":\"PRACTICE_CERTIFICATE\"")
                .contains("\"fileName\":\"attestation.pdf\"")
                .contains("\"contentType\":\"application/pdf\"")
                .contains("\"size\":" + pdf.length)
                .contains("\"sha256\":\"" + SupportingDocuments.sha256(pdf) + "\"")
                .doesNotContain("JVBER") // %PDF in Base64: the bytes themselves never reach the audit trail
                .doesNotContain("content\"");
    }

    @Test
    void aDownloadGivesBackTheSameBytesAsAnAttachmentOfItsRealType() {
        long id = draft();
        WebSession agent = agentInFrench();
        byte[] png = png();
        upload(agent, id, "PHOTO", "photo d’identité.png", "image/png", png);
        long documentId = documentOf(id);
        String path = "/registry/artisans/" + id + "/documents/" + documentId;

        byte[] downloaded = agent.download(path);
        WebResponse response = agent.get(path);

        assertThat(SupportingDocuments.sha256(downloaded)).isEqualTo(SupportingDocuments.sha256(png));
        assertThat(response.header("Content-Type")).isEqualTo("image/png");
        assertThat(response.header("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        byte[] viaApi = new WebSession(port)
                .download("/api/v1/registry/artisans/" + id + "/documents/" + documentId, "Authorization", AGENT);
        assertThat(viaApi).isEqualTo(png);
    }

    @Test
    void aPngRenamedPdfAndATextFileNamedPdfAreRefusedInFrenchAndNothingIsKept() {
        long id = draft();
        WebSession agent = agentInFrench();
        int auditBefore = auditCount(id);

        WebResponse renamedPng = upload(agent, id, "NATIONAL_ID_COPY", "cin.pdf", "application/pdf", png());
        String afterPng = agent.get("/registry/artisans/" + id).body();
        WebResponse textAsPdf = upload(agent, id, "DIPLOMA", "diplome.pdf", "application/pdf", text());
        String afterText = agent.get("/registry/artisans/" + id).body();

        assertThat(renamedPng.status()).isEqualTo(302);
        assertThat(afterPng).contains(MISLABELLED).contains("aria-invalid=\"true\"");
        assertThat(textAsPdf.status()).isEqualTo(302);
        assertThat(afterText).contains(MISLABELLED);
        assertThat(documentCount(id)).isZero();
        assertThat(auditCount(id)).isEqualTo(auditBefore);
    }

    @Test
    void filesAboveTheLimitAreRefusedInFrenchWhetherHirfaOrTheServerCatchesThem() {
        long id = draft();
        WebSession agent = agentInFrench();

        WebResponse aboveHirfa =
                upload(agent, id, "DIPLOMA", "diplome.pdf", "application/pdf", pdfOfSize(3 * 1024 * 1024 + 1));
        String afterHirfa = agent.get("/registry/artisans/" + id).body();
        WebResponse aboveServer =
                upload(agent, id, "DIPLOMA", "diplome.pdf", "application/pdf", pdfOfSize(5 * 1024 * 1024 + 1024));
        String afterServer = agent.get("/registry/artisans/" + id).body();
        WebResponse empty = upload(agent, id, "DIPLOMA", "diplome.pdf", "application/pdf", new byte[0]);
        String afterEmpty = agent.get("/registry/artisans/" + id).body();

        assertThat(aboveHirfa.status()).isEqualTo(302);
        assertThat(afterHirfa).contains("Le fichier dépasse 3 Mo.");
        assertThat(aboveServer.status()).isEqualTo(302);
        assertThat(aboveServer.location()).endsWith("/registry/artisans/" + id + "#documents");
        assertThat(afterServer).contains("Le fichier dépasse 3 Mo.");
        assertThat(empty.status()).isEqualTo(302);
        assertThat(afterEmpty).contains("aucun fichier n’a été reçu, ou il est vide");
        assertThat(documentCount(id)).isZero();
    }

    @Test
    void anAgentOfAnotherRegionCannotListUploadOrDownloadDocumentsOfTheFile() {
        long id = draft();
        upload(agentInFrench(), id, "DIPLOMA", "diplome.pdf", "application/pdf", pdf());
        long documentId = documentOf(id);
        WebSession fes = WebSession.loggedIn(port, "agent.fes");
        fes.get("/");
        WebSession api = new WebSession(port);
        String documents = "/api/v1/registry/artisans/" + id + "/documents";

        assertThat(fes.get("/registry/artisans/" + id).status()).isEqualTo(404);
        assertThat(fes.upload(
                                "/registry/artisans/" + id + "/documents",
                                Map.of("kind", "PHOTO"),
                                "file",
                                "x.pdf",
                                "application/pdf",
                                pdf())
                        .status())
                .isEqualTo(404);
        assertThatThrownBy(() -> fes.download("/registry/artisans/" + id + "/documents/" + documentId))
                .hasMessageContaining("answered 404");
        assertThat(fes.post("/registry/artisans/" + id + "/documents/" + documentId + "/delete", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.get(documents, "Authorization", FES).status()).isEqualTo(404);
        assertThat(api.upload(
                                documents,
                                Map.of("kind", "PHOTO"),
                                "file",
                                "x.pdf",
                                "application/pdf",
                                pdf(),
                                "Authorization",
                                FES)
                        .status())
                .isEqualTo(404);
        assertThat(api.get(documents + "/" + documentId, "Authorization", FES).status())
                .isEqualTo(404);
        assertThat(documentCount(id)).isEqualTo(1);
    }

    @Test
    void aReadOnlyRoleOfTheRegionSeesTheDocumentsButCannotAddAny() {
        long id = draft();
        upload(agentInFrench(), id, "DIPLOMA", "diplome.pdf", "application/pdf", pdf());
        WebSession coverage = WebSession.loggedIn(port, "coverage.draa");

        String page = coverage.get("/registry/artisans/" + id).body();
        WebResponse refused = coverage.upload(
                "/registry/artisans/" + id + "/documents",
                Map.of("kind", "PHOTO"),
                "file",
                "x.pdf",
                "application/pdf",
                pdf());

        assertThat(page).contains("diplome.pdf").doesNotContain("id=\"document-upload\"");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(documentCount(id)).isEqualTo(1);
    }

    @Test
    void anAgentRemovesADocumentAndTheAuditTrailKeepsWhatWasRemoved() {
        long id = draft();
        WebSession agent = agentInFrench();
        upload(agent, id, "OTHER", "autre.pdf", "application/pdf", pdf());
        long documentId = documentOf(id);
        agent.get("/registry/artisans/" + id);

        WebResponse deleted = agent.post("/registry/artisans/" + id + "/documents/" + documentId + "/delete", Map.of());

        assertThat(deleted.status()).isEqualTo(302);
        assertThat(agent.get("/registry/artisans/" + id).body()).contains("La pièce est supprimée du dossier.");
        assertThat(documentCount(id)).isZero();
        Map<String, Object> audit = jdbc.queryForMap(
                "select * from plat_audit_record where entity_type = 'SupportingDocument' and entity_id = ?"
                        + " and action = 'DELETE'",
                String.valueOf(documentId));
        assertThat(audit.get("actor")).isEqualTo("agent.draa");
        assertThat((String) audit.get("before_state")).contains("\"fileName\":\"autre.pdf\"");
        assertThat(audit.get("after_state")).isNull();
    }

    @Test
    void theApiAddsListsAndRemovesDocumentsAndExplainsRefusalsInTheAskedLanguage() {
        long id = draft();
        WebSession api = new WebSession(port);
        String documents = "/api/v1/registry/artisans/" + id + "/documents";

        WebResponse created = api.upload(
                documents,
                Map.of("kind", "NATIONAL_ID_COPY"),
                "file",
                "cin.jpg",
                "image/jpeg",
                SupportingDocumentFixtures.jpeg(),
                "Authorization",
                AGENT);
        WebResponse refused = api.upload(
                documents,
                Map.of("kind", "NATIONAL_ID_COPY"),
                "file",
                "cin.pdf",
                "application/pdf",
                png(),
                "Authorization",
                AGENT,
                "Accept-Language",
                "fr");
        WebResponse noKind = api.upload(
                documents,
                Map.of(),
                "file",
                "cin.pdf",
                "application/pdf",
                pdf(),
                "Authorization",
                AGENT,
                "Accept-Language",
                "fr");
        WebResponse tooLarge = api.upload(
                documents,
                Map.of("kind", "PHOTO"),
                "file",
                "big.pdf",
                "application/pdf",
                pdfOfSize(5 * 1024 * 1024 + 1024),
                "Authorization",
                AGENT,
                "Accept-Language",
                "fr");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode view = JSON.readTree(created.body());
        assertThat(view.get("kind").asString()).isEqualTo("NATIONAL_ID_COPY");
        assertThat(view.get("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(view.has("content")).isFalse();
        assertThat(view.has("regionCode"))
                .as("the API never answered the region")
                .isFalse();
        assertThat(view.has("snapshot")).isFalse();
        assertThat(created.location())
                .isEqualTo(documents + "/" + view.get("id").asLong());
        assertThat(JSON.readTree(api.get(documents, "Authorization", AGENT).body())
                        .size())
                .isEqualTo(1);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains(MISLABELLED);
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.body()).contains("Choisissez le type de pièce.");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("Le fichier dépasse 3 Mo.");
        // Above the request limit the upload fails before any controller: the platform asks the register.
        WebResponse overRequestLimit = api.upload(
                documents,
                Map.of("kind", "PHOTO"),
                "file",
                "scan.pdf",
                "application/pdf",
                pdfOfSize(7 * 1024 * 1024),
                "Authorization",
                AGENT,
                "Accept-Language",
                "fr");
        assertThat(overRequestLimit.status()).isEqualTo(400);
        assertThat(overRequestLimit.body()).contains("Le fichier dépasse 3 Mo.", "\"field\":\"file\"");
        assertThat(documentCount(id)).isEqualTo(1);
        assertThat(api.delete(documents + "/" + view.get("id").asLong(), "Authorization", AGENT)
                        .status())
                .isEqualTo(204);
        assertThat(documentCount(id)).isZero();
    }

    /** Posts to the page's own upload form, as a browser would, so the form's action is tested too. */
    private static WebResponse upload(
            WebSession session, long id, String kind, String fileName, String contentType, byte[] content) {
        Matcher action =
                UPLOAD_ACTION.matcher(session.get("/registry/artisans/" + id).body());
        assertThat(action.find()).as("upload form on the file page").isTrue();
        return session.upload(
                action.group(1).replace("&amp;", "&"), Map.of("kind", kind), "file", fileName, contentType, content);
    }

    private WebSession agentInFrench() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/?lang=fr");
        return agent;
    }

    private long draft() {
        WebResponse created = new WebSession(port)
                .postJson(
                        "/api/v1/registry/artisans",
                        "{\"nationalId\":\"JS" + IDS.incrementAndGet() + "\",\"firstNameAr\":\"فاطمة\","
                                + "\"lastNameAr\":\"أوحمو\",\"firstNameLat\":\"Fatima\",\"lastNameLat\":\"Ouhammou\","
                                + "\"sex\":\"F\",\"birthDate\":\"1975-09-12\",\"provinceCode\":\"587\","
                                + "\"craftCode\":\"P02\",\"category\":\"ARTISAN\",\"qualificationBasis\":\"EXPERIENCE\","
                                + "\"experienceYears\":20,\"taxStatus\":\"UNTAXED\"}",
                        "Authorization",
                        AGENT);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private long documentOf(long artisanId) {
        return jdbc.queryForObject("select id from reg_document where artisan_id = ?", Long.class, artisanId);
    }

    private int documentCount(long artisanId) {
        return jdbc.queryForObject("select count(*) from reg_document where artisan_id = ?", Integer.class, artisanId);
    }

    private int auditCount(long artisanId) {
        return jdbc.queryForObject(
                "select count(*) from plat_audit_record where entity_type = 'SupportingDocument'"
                        + " and after_state like ?",
                Integer.class,
                "%\"artisanId\":" + artisanId + ",%");
    }
}
