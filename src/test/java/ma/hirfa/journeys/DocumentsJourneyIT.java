package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import ma.hirfa.support.PdfLayout;
import ma.hirfa.support.WebSession;
import ma.hirfa.training.CertificateKind;
import ma.hirfa.training.CertificateRequest;
import ma.hirfa.training.CertificateTitle;
import ma.hirfa.training.CertificateView;
import ma.hirfa.training.Certificates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The documents people hold in their hands, from an Arabic page on a phone: the agent opens a certificate and
 * the artisan's file, prints the certificate (with English, for use abroad) and the card; each PDF is kept
 * as PNGs and checked: nothing overlaps or leaves the frame, numbers and dates read left to right.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class DocumentsJourneyIT {

    @Autowired
    AccountService accounts;

    @Autowired
    Certificates certificates;

    @Autowired
    CurrentUsers users;

    private Journey journey;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void anAgentPrintsACertificateAndACardFromArabicPages() {
        long artisan = RegistryFixtures.artisanIn("587").registered(journey.port());
        users.actAs("agent.draa", Role.CHAMBER_AGENT, "08");
        CertificateView issued;
        try {
            issued = certificates.issue(new CertificateRequest(
                    CertificateKind.TRAINING,
                    artisan,
                    new CertificateTitle(
                            "الصباغة الطبيعية وتشطيب المنتوج",
                            "Teinture naturelle et finitions",
                            "ⴰⵙⵙⵏⴼⵍ ⵏ ⵓⵙⵙⵉⵖ ⴰⴳⴰⵎⴰⵏ",
                            "Natural dyeing and finishing"),
                    null,
                    18,
                    List.of("Préparer des bains de teinture végétale", "تثبيت الألوان ومراقبتها"),
                    null,
                    "JOURNEY-DOCS-1"));
        } finally {
            users.clear();
        }

        journey.phone();
        journey.login("agent.draa");
        journey.open("/training/certificates/" + issued.id() + "?lang=ar");
        assertThat(journey.text("certificate-number")).isEqualTo(issued.number());
        journey.screenshot("documents-1-certificate-page-phone-ar");
        String pdfLink =
                journey.browser().findElement(By.id("certificate-pdf-en")).getDomAttribute("href");

        WebSession agent = WebSession.loggedIn(journey.port(), "agent.draa");
        PdfLayout certificate = PdfLayout.screenshot(agent.download(pdfLink), "documents-2-certificate-pdf")
                .assertInsidePages()
                .assertInsideFrame(9.5f)
                .assertNothingOverlaps();
        assertThat(certificate.lines())
                .as("the number, left to right in each of the three columns")
                .filteredOn(line -> line.visual().contains(issued.number()))
                .hasSize(3);

        journey.open("/registry/artisans/" + artisan + "?lang=ar");
        journey.screenshot("documents-3-artisan-file-phone-ar");
        PdfLayout card = PdfLayout.screenshot(
                        WebSession.loggedIn(journey.port(), "manager.draa")
                                .download("/registry/artisans/" + artisan + "/card.pdf"),
                        "documents-4-card-pdf")
                .assertInsidePages()
                .assertNothingOverlaps();
        assertThat(card.lines())
                .as("validity in ISO order in Arabic and French")
                .filteredOn(line -> line.visual().matches(".*\\b20\\d{2}-\\d{2}-\\d{2}\\b.*"))
                .hasSizeGreaterThanOrEqualTo(2);
    }
}
