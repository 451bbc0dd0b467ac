package ma.hirfa.registry.document;

import static ma.hirfa.registry.document.SupportingDocumentFixtures.jpeg;
import static ma.hirfa.registry.document.SupportingDocumentFixtures.pdf;
import static ma.hirfa.registry.document.SupportingDocumentFixtures.pdfOfSize;
import static ma.hirfa.registry.document.SupportingDocumentFixtures.png;
import static ma.hirfa.registry.document.SupportingDocumentFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ma.hirfa.platform.Refusal;
import org.junit.jupiter.api.Test;

class SupportingDocumentRulesTest {

    private static final int MAX = 3 * 1024 * 1024;
    private final SupportingDocumentRules rules = new SupportingDocumentRules(MAX);

    @Test
    void recognisesPdfJpegAndPngByTheirFirstBytes() {
        assertThat(SupportingDocumentType.detect(pdf())).contains(SupportingDocumentType.PDF);
        assertThat(SupportingDocumentType.detect(jpeg())).contains(SupportingDocumentType.JPEG);
        assertThat(SupportingDocumentType.detect(png())).contains(SupportingDocumentType.PNG);
    }

    @Test
    void recognisesNothingInTextEmptyOrTruncatedContent() {
        assertThat(SupportingDocumentType.detect(text())).isEmpty();
        assertThat(SupportingDocumentType.detect(new byte[0])).isEmpty();
        assertThat(SupportingDocumentType.detect(null)).isEmpty();
        assertThat(SupportingDocumentType.detect(new byte[] {'%', 'P', 'D', 'F'}))
                .isEmpty();
        assertThat(SupportingDocumentType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8}))
                .isEmpty();
        assertThat(SupportingDocumentType.detect(" %PDF-1.4".getBytes())).isEmpty();
    }

    @Test
    void acceptsAFileWhoseContentNameAndDeclaredTypeAgree() {
        assertThat(rules.checkContent("cin.pdf", "application/pdf", pdf())).isEqualTo(SupportingDocumentType.PDF);
        assertThat(rules.checkContent("PHOTO.JPG", "image/jpeg", jpeg())).isEqualTo(SupportingDocumentType.JPEG);
        assertThat(rules.checkContent("photo.jpeg", "image/pjpeg", jpeg())).isEqualTo(SupportingDocumentType.JPEG);
        assertThat(rules.checkContent("scan.png", "image/png; charset=binary", png()))
                .isEqualTo(SupportingDocumentType.PNG);
    }

    @Test
    void acceptsAnUnknownDeclaredTypeOrANameWithoutExtensionWhenTheContentIsRecognised() {
        assertThat(rules.checkContent("diplome.pdf", "application/octet-stream", pdf()))
                .isEqualTo(SupportingDocumentType.PDF);
        assertThat(rules.checkContent("diplome.pdf", null, pdf())).isEqualTo(SupportingDocumentType.PDF);
        assertThat(rules.checkContent("scan", "", png())).isEqualTo(SupportingDocumentType.PNG);
    }

    @Test
    void refusesAPngRenamedToPdfAsMislabelled() {
        assertRefused(() -> rules.checkContent("cin.pdf", "application/pdf", png()), "registry.document.mislabelled");
    }

    @Test
    void refusesATextFileNamedPdfAsMislabelled() {
        assertRefused(() -> rules.checkContent("cin.pdf", "application/pdf", text()), "registry.document.mislabelled");
    }

    @Test
    void refusesContentThatContradictsTheDeclaredTypeOrAnotherExtension() {
        assertRefused(() -> rules.checkContent("cin.pdf", "image/png", pdf()), "registry.document.mislabelled");
        assertRefused(() -> rules.checkContent("cin.pdf", "text/plain", pdf()), "registry.document.mislabelled");
        assertRefused(() -> rules.checkContent("scan.exe", null, pdf()), "registry.document.mislabelled");
        assertRefused(() -> rules.checkContent("photo.jpg", "image/jpeg", png()), "registry.document.mislabelled");
    }

    @Test
    void refusesOtherFormatsAsUnsupported() {
        assertRefused(() -> rules.checkContent("notes.txt", "text/plain", text()), "registry.document.unsupported");
        assertRefused(() -> rules.checkContent("notes", null, text()), "registry.document.unsupported");
    }

    @Test
    void refusesEmptyAndOversizeFilesWithTheLimitInMegabytes() {
        assertRefused(() -> rules.checkSize(0), "registry.document.empty");
        assertRefused(() -> rules.checkContent("cin.pdf", "application/pdf", new byte[0]), "registry.document.empty");
        rules.checkSize(MAX);
        assertThatThrownBy(() -> rules.checkContent("cin.pdf", "application/pdf", pdfOfSize(MAX + 1)))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.key()).isEqualTo("registry.document.tooLarge");
                    assertThat(e.arguments()).containsExactly("3");
                    assertThat(e.problems()).extracting(Refusal.Problem::field).containsExactly("file");
                });
        assertThat(new SupportingDocumentRules(2_621_440).maxMegabytes()).isEqualTo("2.5");
    }

    @Test
    void refusesAnUnknownKind() {
        assertThat(rules.kind(" PRACTICE_CERTIFICATE ")).isEqualTo(SupportingDocumentKind.PRACTICE_CERTIFICATE);
        assertRefused(() -> rules.kind(null), "registry.document.kind.invalid");
        assertRefused(() -> rules.kind("passport"), "registry.document.kind.invalid");
    }

    @Test
    void keepsOnlyTheVisiblePartOfTheNameAndTheExtensionOfTheRealFormat() {
        assertThat(SupportingDocumentRules.cleanName("C:\\Users\\Amina\\CIN recto.PDF", SupportingDocumentType.PDF))
                .isEqualTo("CIN recto.PDF");
        assertThat(SupportingDocumentRules.cleanName("/tmp/شهادة.pdf", SupportingDocumentType.PDF))
                .isEqualTo("شهادة.pdf");
        assertThat(SupportingDocumentRules.cleanName("photo\u202Egnp.jpg", SupportingDocumentType.JPEG))
                .isEqualTo("photognp.jpg");
        assertThat(SupportingDocumentRules.cleanName("scan", SupportingDocumentType.PNG))
                .isEqualTo("scan.png");
        assertThat(SupportingDocumentRules.cleanName(" .pdf", SupportingDocumentType.PDF))
                .isEqualTo("document.pdf");
        assertThat(SupportingDocumentRules.cleanName("x".repeat(500) + ".pdf", SupportingDocumentType.PDF))
                .hasSize(SupportingDocumentRules.MAX_NAME_LENGTH)
                .endsWith("x.pdf");
    }

    private static void assertRefused(Runnable check, String key) {
        assertThatThrownBy(check::run)
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
