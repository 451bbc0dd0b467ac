package ma.hirfa.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.PdfLayout;
import ma.hirfa.support.PdfText;
import ma.hirfa.support.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class CertificatesIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @LocalServerPort
    int port;

    @Autowired
    Certificates certificates;

    @Autowired
    CurrentUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        users.clear();
    }

    @Test
    void anIssuedCertificateVerifiesAsValidWithItsHolderTitleAndNumber() {
        long artisan = TrainingFixtures.registeredArtisanOfDraa(port);
        users.actAs("agent.draa", Role.CHAMBER_AGENT, "08");

        CertificateView issued = certificates.issue(TrainingFixtures.vaeCertificateFor(artisan));

        assertThat(issued.number()).matches("VA-08-\\d{4}-\\d{6}");
        String json = verify(issued.token());
        assertThat(json)
                .contains("\"kind\":\"CERTIFICATE\"")
                .contains("\"status\":\"VALID\"")
                .contains("\"number\":\"" + issued.number() + "\"")
                .contains("\"issuedOn\":\"" + issued.issuedOn() + "\"")
                .contains("\"holder\":")
                .doesNotContain("nationalId");
        assertThat(new WebSession(port)
                        .get("/verify/" + issued.token() + "?lang=en")
                        .body())
                .contains("Valid")
                .contains("Tanning (validation of experience)");
        assertThat(jdbc.queryForObject(
                        "select count(*) from plat_audit_record where entity_type = 'Certificate' and entity_id = ?",
                        Integer.class,
                        Long.toString(issued.id())))
                .isEqualTo(1);
    }

    @Test
    void aRevokedCertificateVerifiesAsRevokedAndAReissuedOneReplacesTheOldNumber() {
        long artisan = TrainingFixtures.registeredArtisanOfDraa(port);
        users.actAs("agent.draa", Role.CHAMBER_AGENT, "08");
        CertificateView first = certificates.issue(TrainingFixtures.vaeCertificateFor(artisan));

        CertificateView second = certificates.reissue(first.id());

        assertThat(second.number()).isNotEqualTo(first.number());
        assertThat(verify(first.token())).contains("\"status\":\"REVOKED\"");
        assertThat(verify(second.token())).contains("\"status\":\"VALID\"");
        assertThat(certificates.find(first.id()).orElseThrow().replacedBy()).isEqualTo(second.id());

        certificates.revoke(second.id(), "Fraude constatée");

        assertThat(verify(second.token())).contains("\"status\":\"REVOKED\"");
        assertThat(new WebSession(port)
                        .get("/verify/" + second.token() + "?lang=en")
                        .body())
                .contains("Revoked");
        assertThatThrownBy(() -> certificates.revoke(second.id(), "encore"))
                .isInstanceOf(Refusal.class)
                .hasMessage("training.certificate.notValid");
        assertThatThrownBy(() -> certificates.revoke(first.id(), " "))
                .isInstanceOf(Refusal.class)
                .hasMessage("training.certificate.reasonRequired");
    }

    @Test
    void forgedAlteredAndGarbageTokensAreNotValidAndNeverAnError() {
        long artisan = TrainingFixtures.registeredArtisanOfDraa(port);
        users.actAs("agent.draa", Role.CHAMBER_AGENT, "08");
        CertificateView issued = certificates.issue(TrainingFixtures.vaeCertificateFor(artisan));
        String payload = new String(Base64.getUrlDecoder().decode(issued.token().split("\\.")[0]));
        String altered = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.replace(issued.number(), "VA-08-2020-000001")
                                .getBytes())
                + "." + issued.token().split("\\.")[1];

        for (String token : List.of(altered, "garbage", "a.b", "x".repeat(3000), issued.token() + "x")) {
            var page = new WebSession(port).get("/verify/" + token + "?lang=en");
            assertThat(page.status()).as(token).isEqualTo(200);
            assertThat(page.body()).contains("Not valid");
            assertThat(verify(token)).contains("\"status\":\"INVALID\"");
        }
        // an invisible direction character is refused like in every other address (ADR 0036): a translated 400
        var hidden = new WebSession(port).get("/verify/%E2%80%AE?lang=en");
        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.body()).contains("id=\"bad-request\"");
    }

    @Test
    void theCertificatePdfCarriesTheNumberAndTheHolderAndEnglishOnRequest() throws IOException {
        long artisan = TrainingFixtures.registeredArtisanOfDraa(port);
        users.actAs("agent.draa", Role.CHAMBER_AGENT, "08");
        CertificateView issued = certificates.issue(TrainingFixtures.vaeCertificateFor(artisan));

        String french = text(certificates.pdf(issued.id(), false));
        String english = text(certificates.pdf(issued.id(), true));

        assertThat(french)
                .contains(issued.number())
                .contains(issued.holderNameLat())
                .contains("Royaume du Maroc");
        assertThat(french).doesNotContain("Kingdom of Morocco");
        assertThat(english).contains("Kingdom of Morocco").contains("Tanning (validation of experience)");
        assertThat(qrCode(certificates.pdf(issued.id(), false))).isEqualTo(issued.verificationUrl());
    }

    @Test
    void theCertificateKeepsEveryLineInsideItsFrameWithoutOverlapAndTheNumberReadsLeftToRightInArabic() {
        long artisan = TrainingFixtures.registeredArtisanOfDraa(port);
        users.actAs("agent.draa", Role.CHAMBER_AGENT, "08");
        CertificateView issued = certificates.issue(TrainingFixtures.vaeCertificateFor(artisan));

        for (boolean english : List.of(false, true)) {
            PdfLayout layout = PdfLayout.screenshot(
                            certificates.pdf(issued.id(), english), "certificate-" + (english ? "ar-fr-en" : "ar-fr"))
                    .assertInsidePages()
                    .assertInsideFrame(9.5f)
                    .assertNothingOverlaps();
            List<String> numbers = layout.lines().stream()
                    .map(PdfLayout.Line::visual)
                    .filter(line -> line.contains("VA")) // the certificate number, in every column
                    .toList();
            assertThat(numbers).isNotEmpty().allMatch(line -> line.contains(issued.number()));
        }
        String text = PdfText.of(certificates.pdf(issued.id(), true));
        assertThat(text).contains("Préparer les peaux").contains("Kingdom of Morocco");
    }

    @Test
    void aLongTrainingCertificateWithEightCompetenciesStillFitsItsFrameInThreeLanguages() {
        long artisan = TrainingFixtures.registeredArtisanOfDraa(port);
        users.actAs("agent.draa", Role.CHAMBER_AGENT, "08");
        CertificateView issued = certificates.issue(new CertificateRequest(
                CertificateKind.TRAINING,
                artisan,
                new CertificateTitle(
                        "تقنيات الدباغة التقليدية والصباغة الطبيعية وتسويق المنتجات الجلدية",
                        "Techniques de tannerie traditionnelle, teinture naturelle et commercialisation des articles en cuir",
                        "ⵜⴰⴷⴱⵖⵜ",
                        "Traditional tanning, natural dyeing and marketing of leather goods"),
                null,
                120,
                List.of(
                        "Préparer les peaux",
                        "Teindre au naturel avec des plantes locales",
                        "Contrôler la qualité et corriger les défauts",
                        "Travailler en sécurité",
                        "Calculer un prix de revient",
                        "Accueillir le client et présenter ses produits",
                        "تسويق المنتجات عبر الإنترنت",
                        "Tenir un registre des ventes"),
                null,
                "TRN-LONG-1"));

        PdfLayout layout = PdfLayout.screenshot(certificates.pdf(issued.id(), true), "certificate-long-ar-fr-en")
                .assertInsidePages()
                .assertInsideFrame(9.5f)
                .assertNothingOverlaps();
        assertThat(layout.lines())
                .as("each column prints down to its last line, the number")
                .filteredOn(line -> line.visual().contains(issued.number()))
                .hasSize(3);
    }

    @Test
    void aCertificateOfAnotherRegionIsNotFoundAndAnUnregisteredArtisanGetsNone() {
        long artisan = TrainingFixtures.registeredArtisanOfDraa(port);
        users.actAs("agent.draa", Role.CHAMBER_AGENT, "08");
        CertificateView issued = certificates.issue(TrainingFixtures.vaeCertificateFor(artisan));
        long suspended = RegistryFixtures.artisanIn("401").suspended(port);

        CertificateRequest untitled = new CertificateRequest(
                CertificateKind.TRAINING,
                artisan,
                new CertificateTitle(" ", "Titre", null, null),
                null,
                10,
                null,
                null,
                null);
        assertThatThrownBy(() -> certificates.issue(untitled))
                .isInstanceOf(Refusal.class)
                .hasMessage("training.certificate.invalid");
        assertThatThrownBy(() -> certificates.issue(TrainingFixtures.vaeCertificateFor(suspended)))
                .isInstanceOf(Refusal.class)
                .hasMessage("training.certificate.notRegistered");
        users.actAs("agent.fes", Role.CHAMBER_AGENT, "03");
        assertThat(certificates.find(issued.id())).isEmpty();
        assertThatThrownBy(() -> certificates.revoke(issued.id(), "x"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
        assertThatThrownBy(() -> certificates.issue(TrainingFixtures.vaeCertificateFor(artisan)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
    }

    private String verify(String token) {
        return new WebSession(port)
                .get("/verify/" + token, "Accept", "application/json")
                .body();
    }

    /** The content of the QR code printed on the first page. */
    static String qrCode(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name)
                        instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                            new com.google.zxing.client.j2se.BufferedImageLuminanceSource(onWhite(image.getImage()))));
                    try {
                        return new com.google.zxing.MultiFormatReader()
                                .decode(bitmap)
                                .getText();
                    } catch (com.google.zxing.NotFoundException notAQrCode) {
                        // another image
                    }
                }
            }
        }
        throw new AssertionError("no QR code on the first page");
    }

    /**
     * The image as printed: the certificate sets the QR (generated with a one-module margin) on the white padding of
     * its box, which a reader needs as quiet zone; without it the detector misses some codes.
     */
    private static java.awt.image.BufferedImage onWhite(java.awt.image.BufferedImage image) {
        int border = Math.max(8, image.getWidth() / 8);
        var padded = new java.awt.image.BufferedImage(
                image.getWidth() + 2 * border,
                image.getHeight() + 2 * border,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        var graphics = padded.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, padded.getWidth(), padded.getHeight());
        graphics.drawImage(image, border, border, null);
        graphics.dispose();
        return padded;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
