package ma.hirfa.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * English is spoken only where a document is checked from abroad: the verification page and the English part
 * of certificates (with its signatory). Those keys must all exist in English, and English must not grow beyond them.
 */
class EnglishBundlesTest {

    @Test
    void theVerificationPageHasEveryWordInEnglish() throws IOException {
        assertEnglishCovers("platform", "platform.verify.");
    }

    @Test
    void theEnglishPartOfCertificatesHasEveryWordInEnglish() throws IOException {
        assertEnglishCovers("training", "training.certificate.pdf.");
        assertEnglishCovers("training", "training.certificate.kind.");
    }

    private static void assertEnglishCovers(String module, String prefix) throws IOException {
        Properties french = load(module, "fr");
        Properties english = load(module, "en");
        for (String key : french.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                assertThat(english.getProperty(key)).as(key).isNotBlank();
            }
        }
        assertThat(english.stringPropertyNames())
                .allMatch(key -> key.startsWith("platform.verify.")
                        || key.startsWith("training.certificate.")
                        // the signatory printed under the English part of a certificate
                        || key.startsWith("platform.documents.")
                        || key.equals("platform.app.name"));
    }

    private static Properties load(String module, String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/i18n", module, "messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
