package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A field agent attaches a practice certificate in Tamazight from a real browser, then picks a scan far above
 * the server's upload limit: the browser comes back to the file with the explanation, not an error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class SupportingDocumentJourneyIT {

    private static final Path FILES = Path.of("target", "journey-files");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    AccountService accounts;

    private ChromeDriver browser;
    private Journey journey;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
        RegistryFixtures.artisanIn("401").registered(journey.port());
    }

    @Test
    void aFieldAgentAttachesACertificateAndIsToldWhenAScanIsTooLarge() throws IOException {
        Path certificate = file("attestation.pdf", pdf(20_000));
        Path hugeScan = file("scan-600dpi.pdf", pdf(12 * 1024 * 1024));
        journey.login("field.draa");
        browser.get(journey.url("/registry/artisans?lang=zgh"));
        journey.click(By.cssSelector("#artisans a[href^='/registry/artisans/']"));

        attach("PRACTICE_CERTIFICATE", certificate);

        assertThat(browser.findElement(By.cssSelector("main .alert-success")).getText())
                .containsPattern("[\\u2D30-\\u2D7F]");
        assertThat(browser.findElement(By.id("documents-table")).getText())
                .contains("attestation.pdf")
                .contains("field.draa");

        attach("PHOTO", hugeScan);

        WebElement error = browser.findElement(By.id("document-error"));
        assertThat(error.getText()).containsPattern("[\\u2D30-\\u2D7F]").contains("3 MB");
        assertThat(browser.findElement(By.id("document-file")).getDomAttribute("aria-describedby"))
                .isEqualTo("document-error");
        assertThat(browser.findElement(By.id("documents-table")).getText()).doesNotContain("scan-600dpi.pdf");
        screenshot("documents-zgh");
    }

    private void attach(String kind, Path file) {
        new Select(browser.findElement(By.id("document-kind"))).selectByValue(kind);
        browser.findElement(By.id("document-file"))
                .sendKeys(file.toAbsolutePath().toString());
        journey.click(By.id("document-submit"));
    }

    private static byte[] pdf(int size) {
        byte[] content = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), size);
        Arrays.fill(content, 9, size, (byte) ' ');
        return content;
    }

    private static Path file(String name, byte[] content) throws IOException {
        Files.createDirectories(FILES);
        return Files.write(FILES.resolve(name), content);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
