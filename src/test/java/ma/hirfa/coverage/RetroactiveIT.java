package ma.hirfa.coverage;

import static ma.hirfa.coverage.CoverageApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
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
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class RetroactiveIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    final CoverageApi officer = new CoverageApi(() -> port, "coverage.draa");
    final CoverageApi agent = new CoverageApi(() -> port, "agent.draa");

    @Test
    void aClaimRejectedForRightsAfterPaymentsRecordedLateIsOwedWithItsLetterAndBatchLine() throws Exception {
        long id = officer.freshArtisan();
        json(officer.enrol(id, "CPU", "2023-12-01", "CPU-08-777001"), 201);
        for (String month : new String[] {"2024-01", "2024-02", "2024-03", "2024-04", "2024-05"}) {
            json(officer.contribute(id, month, "120.00", month + "-20", "2024-07-10"), 201);
        }
        long owed = claim(id, "2024-05-22", "REJECTED", "\"RIGHTS\"");
        long reimbursed = claim(id, "2024-05-23", "REIMBURSED", "null");
        long documents = claim(id, "2024-05-24", "REJECTED", "\"DOCUMENTS\"");

        JsonNode list = json(officer.get("/api/v1/coverage/retroactive?region=08"), 200);

        JsonNode found = find(list, owed);
        assertThat(found).isNotNull();
        assertThat(found.get("artisanId").asLong()).isEqualTo(id);
        assertThat(found.get("careDate").asString()).isEqualTo("2024-05-22");
        assertThat(found.get("amountClaimed").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(found.get("reason").asString()).contains("Ouverts depuis 2024-04");
        assertThat(found.get("fundStatusOnDecision").asString()).isEqualTo("WAITING");
        assertThat(found.get("policy").asString()).isEqualTo("STRICT");
        assertThat(find(list, reimbursed)).isNull();
        assertThat(find(list, documents)).isNull();
        assertThat(officer.get("/api/v1/coverage/retroactive?region=03").status())
                .isEqualTo(404);

        WebSession browser = WebSession.loggedIn(port, "coverage.draa");
        WebResponse page = browser.get("/coverage/retroactive?lang=fr");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-claim=\"" + owed + "\"")
                .doesNotContain("data-claim=\"" + reimbursed + "\"");
        byte[] pdf = browser.download("/coverage/retroactive/letters/" + id);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains("Demande de remboursement rétroactif").contains("500.00");
            assertThat(text).contains("ⴰⵙⵓⵜⵔ");
            assertThat(text.codePoints().filter(c -> c >= 0x0600 && c <= 0x06FF).count())
                    .isGreaterThan(50);
            assertThat(text).as("no glyph missing from a font").doesNotContain("###");
            assertThat(text).as("Western digits only").doesNotContainPattern("[\\u0660-\\u0669\\u06F0-\\u06F9]");
            assertThat(text).contains("RR-08-").contains("CNSS").contains("Le Président de la Chambre");
        }
        PdfLayout letter =
                PdfLayout.screenshot(pdf, "coverage-letter").assertInsidePages().assertNothingOverlaps();
        assertThat(letter.lines())
                .as("months read year first, in every language")
                .noneMatch(line -> line.visual().matches(".*(?<![\\d-])(0[1-9]|1[0-2])-20\\d{2}(?![\\d-]).*"))
                .anyMatch(line -> line.visual().contains("2024-04"));
        browser.get("/coverage/retroactive?lang=fr");
        browser.post(
                "/coverage/retroactive/claims/" + owed + "/follow-up",
                java.util.Map.of("caseStatus", "LETTER_SENT", "note", "Lettre remise à l’agence CNSS d’Errachidia"));
        JsonNode followed = find(json(officer.get("/api/v1/coverage/retroactive"), 200), owed);
        assertThat(followed.get("caseStatus").asString()).isEqualTo("LETTER_SENT");
        assertThat(browser.get("/coverage/retroactive?lang=fr").body()).contains("Lettre remise à l’agence CNSS");

        String batch = new String(
                browser.download("/coverage/retroactive/batch.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(batch).startsWith("claim_id,").contains(owed + ",").contains("CPU-08-777001");
    }

    private long claim(long artisanId, String careDate, String decision, String reason) {
        return json(
                        officer.post(
                                "/api/v1/coverage/artisans/" + artisanId + "/claims",
                                "{\"careDate\":\"" + careDate + "\",\"filedOn\":\"2024-05-30\",\"amountClaimed\":500,"
                                        + "\"decision\":\"" + decision + "\",\"decidedOn\":\"2024-06-15\","
                                        + "\"rejectionReason\":" + reason + ",\"amountReimbursed\":"
                                        + ("REIMBURSED".equals(decision) ? "400" : "null") + "}"),
                        201)
                .get("id")
                .asLong();
    }

    private static JsonNode find(JsonNode list, long claimId) {
        for (JsonNode n : list) {
            if (n.get("claimId").asLong() == claimId) {
                return n;
            }
        }
        return null;
    }
}
