package ma.hirfa.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MatchReasonTest {

    @Test
    void everyReasonIsTranslatedInArabicFrenchAndTamazight() throws IOException {
        for (String language : new String[] {"ar", "fr", "zgh"}) {
            Properties bundle = new Properties();
            try (Reader reader = Files.newBufferedReader(
                    Path.of("src/main/resources/i18n/matching/messages_" + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                bundle.load(reader);
            }
            for (MatchReason reason : MatchReason.values()) {
                assertThat(bundle.getProperty(reason.messageKey()))
                        .as("%s in %s", reason.messageKey(), language)
                        .isNotBlank();
            }
        }
    }
}
