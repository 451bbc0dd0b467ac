package ma.hirfa.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.PdfLayout;
import ma.hirfa.support.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class ProjectBriefIT {

    @Autowired
    AccountService accounts;

    @LocalServerPort
    int port;

    final InfrastructureApi manager = new InfrastructureApi(() -> port, "manager.draa");

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void theFundingBriefFitsOnePageInThreeLanguagesAndShowsTheGapBySourceAndWhatItWouldFinish() throws Exception {
        long complex = InfrastructureFixtures.complex(manager, "577", "Tinghir brief", "UNDER_CONSTRUCTION");
        long project = InfrastructureFixtures.projectShortOfMoneyAndLate(manager, complex);

        byte[] pdf = manager.download(InfrastructureApi.BASE + "/projects/" + project + "/brief.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        String text = PdfText.of(pdf);
        assertThat(text)
                .contains("Où en est le projet")
                .contains("par source")
                .contains("Aménagement du complexe")
                .contains("Tinghir brief")
                .contains("Second œuvre", "Réseaux et voirie", "Équipement des ateliers")
                .doesNotContain("Gros œuvre") // reached: not what the gap would pay for
                .contains("INDH")
                .isNotEmpty();
        assertThat(text.replaceAll("[\\s\\u202F\\u00A0]", ""))
                .contains("7000000")
                .contains("17000000");
        assertThat(text).containsPattern("[\\u0600-\\u06FF]").containsPattern("[\\u2D30-\\u2D7F]");
        PdfLayout.screenshot(pdf, "infrastructure-brief-ar-fr-zgh")
                .assertInsidePages()
                .assertNothingOverlaps();
    }
}
