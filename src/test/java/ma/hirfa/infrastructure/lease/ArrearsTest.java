package ma.hirfa.infrastructure.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import ma.hirfa.platform.Refusal;
import org.junit.jupiter.api.Test;

class ArrearsTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 31);

    @Test
    void theScheduleHasOneDueForEachMonthThatBeginsBeforeTheLastDay() {
        assertThat(Terms.schedule(START, START, START.plusYears(1).minusDays(1)))
                .hasSize(12);
        assertThat(Terms.schedule(START, START, START.plusYears(1).minusDays(1)).get(1))
                .as("the end of a short month")
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Terms.schedule(
                        START.plusYears(1).minusDays(1),
                        START,
                        START.plusYears(2).minusDays(1)))
                .as("a renewal adds only the months after the old end")
                .hasSize(12)
                .first()
                .isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    void arrearsAreTheDuesFallenUpToTodayLessThePayments() {
        List<Due> dues = Terms.schedule(START, START, START.plusYears(1)).stream()
                .map(d -> new Due(0, 1, d, new BigDecimal("1200")))
                .toList();

        Arrears arrears = Arrears.of(dues, List.of(payment("1500"), payment("900")), LocalDate.of(2026, 4, 29));

        assertThat(arrears.monthsDue()).as("31/1, 28/2, 31/3").isEqualTo(3);
        assertThat(arrears.dueToDate()).isEqualByComparingTo("3600");
        assertThat(arrears.owed()).isEqualByComparingTo("1200");
        assertThat(arrears.any()).isTrue();
        Arrears ahead = Arrears.of(dues, List.of(payment("5000")), LocalDate.of(2026, 4, 29));
        assertThat(ahead.owed()).isZero();
        assertThat(ahead.credit()).isEqualByComparingTo("1400");
    }

    @Test
    void termsRefuseAbsurdAmountsAndLeasesOfMoreThanTenYears() {
        assertThatThrownBy(() -> Terms.check(START, START.plusYears(11), BigDecimal.TEN, BigDecimal.ZERO))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.has("endsOn")).isTrue());
        assertThatThrownBy(() -> Terms.check(START, START.plusYears(1), new BigDecimal("-1"), BigDecimal.ZERO))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.has("monthlyRent")).isTrue());
        assertThatThrownBy(() -> Terms.check(START, START.plusYears(1), new BigDecimal("12.345"), BigDecimal.ZERO))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.has("monthlyRent")).isTrue());
        assertThatThrownBy(() -> Terms.check(START, START.plusYears(1), BigDecimal.TEN, new BigDecimal("2000000")))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.has("deposit")).isTrue());
        assertThatThrownBy(() -> Terms.check(START, LocalDate.of(2300, 1, 1), BigDecimal.TEN, BigDecimal.ZERO))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.has("endsOn")).isTrue());
    }

    private static Payment payment(String amount) {
        return new Payment(0, 1, START, new BigDecimal(amount), null, "test", OffsetDateTime.now());
    }
}
