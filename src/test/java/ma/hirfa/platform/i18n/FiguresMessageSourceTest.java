package ma.hirfa.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class FiguresMessageSourceTest {

    @Test
    void anArabicMessageCarriesWesternDigitsWhereJavaWouldWriteArabicIndicOnes() {
        FiguresMessageSource messages = new FiguresMessageSource();
        StaticMessageSource bundle = new StaticMessageSource();
        bundle.addMessage("count", Locale.forLanguageTag("ar"), "{0} صانع، آخر تسجيل {1}");
        messages.setParentMessageSource(bundle);

        String text = messages.getMessage(
                "count", new Object[] {12345, LocalDate.of(2026, 4, 1)}, Locale.forLanguageTag("ar"));

        assertThat(text).isEqualTo("12\u202F345 صانع، آخر تسجيل 2026-04-01");
    }
}
