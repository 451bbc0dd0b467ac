package ma.hirfa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C",
                "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\uFEFF", "\u2060", "\u0000", "\u0007", "\u001B",
                "\u007F", "\u0085"
            })
    void refusesInvisibleDirectionFormatAndControlCharacters(String invisible) {
        assertThat(PlainText.isPlain("فاطمة" + invisible + " Ait")).isFalse();
        assertThat(PlainText.firstForbidden("ab" + invisible)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"حي الوحدة، رقم 12؛ قرب المسجد؟", "ⴰⵎⵓⵔ ⵏ ⵓⵎⴰⵔⵔⴰⴽⵛ", "Aït-Ali, n° 4", "ligne 1\nligne 2\tfin\r\n"
            })
    void acceptsEveryScriptArabicPunctuationTabsAndLineBreaks(String text) {
        assertThat(PlainText.isPlain(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u0080",
                "\u009F",
                "\uFE00",
                "\uFE0F",
                "\uDB40\uDD00",
                "\uDB40\uDDEF",
                "\u0600",
                "\u0601",
                "\u0602",
                "\u0603",
                "\u0604",
                "\u0605",
                "\u034F",
                "\u061C",
                "\u00AD",
                "\u06DD",
                "\u180E",
                "\u206A",
                "\uFFF9",
                "\uDB40\uDC01",
                "\uDB40\uDC41",
                "\uD834\uDD73",
                "\uD800",
                "\uDC00"
            })
    void refusesC1ControlsVariationSelectorsArabicNumberSignsAndEveryOtherFormatCharacter(String invisible) {
        assertThat(PlainText.isPlain("Ait" + invisible + "Ali")).as(invisible).isFalse();
        assertThat(PlainText.firstForbidden("مُحَمَّد" + invisible)).isEqualTo("مُحَمَّد".length());
    }

    @Test
    void refusesMoreThanThreeCombiningMarksOnOneLetter() {
        assertThat(PlainText.isPlain("e\u0301\u0302\u0303")).isTrue();
        assertThat(PlainText.firstForbidden("ae\u0301\u0302\u0303\u0304")).isEqualTo(5);
        assertThat(PlainText.isPlain("م\u0651\u064E\u0653\u0670")).isFalse();
        assertThat(PlainText.isPlain("\u20DD\u20DE\u20DF\u20E0"))
                .as("enclosing marks count too")
                .isFalse();
        assertThat(PlainText.isPlain("e\u0301\u0302\u0303a\u0301\u0302\u0303")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "مُحَمَّد",
                "فَاطِمَة الزَّهْرَاء",
                "ⵜⴰⵎⴰⵣⵉⵖⵜ ⵏ ⵓⵎⴰⵣⵉⵖ",
                "ⵜ⵿ⵜ",
                "Hélène Aït-Ouaziz",
                "𝐀 𝕏 😀",
                "1 000 MAD — n° 4"
            })
    void acceptsArabicWithHarakatTifinaghAccentsAndSymbols(String text) {
        assertThat(PlainText.isPlain(text)).as(text).isTrue();
    }

    @Test
    void nullIsPlain() {
        assertThat(PlainText.isPlain(null)).isTrue();
    }

    /** Bean Validation falls back to Hibernate's English bundle for a constraint without a key of Hirfa's. */
    @Test
    void everyConstraintTheCodeUsesHasItsMessageInEveryLanguage() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern constraint = Pattern.compile("import jakarta\\.validation\\.constraints\\.(\\w+);");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = constraint.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("Min", "Max", "NotBlank");
        for (String language : new String[] {"ar", "fr", "zgh"}) {
            Properties bundle = new Properties();
            try (Reader in = Files.newBufferedReader(
                    Path.of("src/main/resources/i18n/platform/messages_" + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            for (String name : used) {
                assertThat(bundle.getProperty("jakarta.validation.constraints." + name + ".message"))
                        .as(name + " in " + language)
                        .isNotBlank();
            }
        }
    }
}
