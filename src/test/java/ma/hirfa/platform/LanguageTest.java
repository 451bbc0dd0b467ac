package ma.hirfa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void recognisesTheThreeLanguagesAndTheirRegionalTags() {
        assertThat(Language.of("ar")).contains(Language.AR);
        assertThat(Language.of("FR")).contains(Language.FR);
        assertThat(Language.of("zgh-Tfng-MA")).contains(Language.ZGH);
    }

    @Test
    void ignoresLanguagesHirfaDoesNotSpeak() {
        assertThat(Language.of("en")).isEmpty();
        assertThat(Language.of("")).isEmpty();
        assertThat(Language.of((String) null)).isEmpty();
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.DEFAULT);
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        assertThat(Language.AR.rightToLeft()).isTrue();
        assertThat(Language.FR.rightToLeft()).isFalse();
        assertThat(Language.ZGH.rightToLeft()).isFalse();
        assertThat(Language.DEFAULT).isEqualTo(Language.AR);
    }

    @Test
    void picksTheValueWrittenInEachLanguageEvenWhenBlank() {
        assertThat(Language.AR.pick("مجمع", "Complexe", "ⴰⵙⵎⵓⵏ")).isEqualTo("مجمع");
        assertThat(Language.FR.pick("مجمع", "Complexe", "ⴰⵙⵎⵓⵏ")).isEqualTo("Complexe");
        assertThat(Language.ZGH.pick("مجمع", "Complexe", "ⴰⵙⵎⵓⵏ")).isEqualTo("ⴰⵙⵎⵓⵏ");
        assertThat(Language.ZGH.pick("مجمع", "Complexe", null)).isNull();
    }
}
