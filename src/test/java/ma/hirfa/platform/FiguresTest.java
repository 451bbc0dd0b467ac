package ma.hirfa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private final Figures figures = new Figures();

    @Test
    void groupsThousandsWithANarrowNoBreakSpaceFromTenThousandOn() {
        assertThat(figures.number(1234567)).isEqualTo("1\u202F234\u202F567");
        assertThat(figures.number(12345L)).isEqualTo("12\u202F345");
        assertThat(figures.number(2026)).isEqualTo("2026");
        assertThat(figures.number(0)).isEqualTo("0");
        assertThat(figures.number(-98765)).isEqualTo("-98\u202F765");
    }

    @Test
    void writesDecimalsAfterACommaNeverAPoint() {
        assertThat(figures.number(new BigDecimal("12345.50"))).isEqualTo("12\u202F345,50");
        assertThat(figures.number(3.5)).isEqualTo("3,5");
        assertThat(figures.decimal(87.456, 0)).isEqualTo("87");
        assertThat(figures.decimal(1234.5, 2)).isEqualTo("1234,50");
        assertThat(figures.decimal(new BigDecimal("0.125"), 2)).isEqualTo("0,13");
    }

    @Test
    void writesDatesAndMonthsInIsoOrder() {
        assertThat(figures.date(LocalDate.of(2031, 12, 5))).isEqualTo("2031-12-05");
        assertThat(figures.month(YearMonth.of(2024, 4))).isEqualTo("2024-04");
        assertThat(figures.dateTime(LocalDateTime.of(2026, 1, 2, 9, 5))).isEqualTo("2026-01-02 09:05");
        assertThat(figures.date(null)).isEqualTo("—");
    }

    @Test
    void neverWritesAnArabicIndicDigitOrAnArabicSeparator() {
        String all = figures.number(9876543210L)
                + figures.number(new BigDecimal("-1234567.89"))
                + figures.decimal(0.5, 3)
                + figures.date(LocalDate.of(2026, 6, 30));

        assertThat(all).doesNotContainPattern("[\\u0660-\\u0669\\u06F0-\\u06F9\\u066B\\u066C.]");
    }

    @Test
    void messageArgumentsAreFormattedOnlyWhenTheyAreNumbersOrDates() {
        assertThat(figures.argument(45678)).isEqualTo("45\u202F678");
        assertThat(figures.argument(LocalDate.of(2026, 3, 1))).isEqualTo("2026-03-01");
        assertThat(figures.argument("08")).isEqualTo("08");
        assertThat(figures.argument(null)).isNull();
    }
}
