package ma.hirfa.coverage.rights;

import static ma.hirfa.coverage.rights.RightsFixtures.entitled;
import static ma.hirfa.coverage.rights.RightsFixtures.fund;
import static ma.hirfa.coverage.rights.RightsFixtures.paidOnTime;
import static ma.hirfa.coverage.rights.RightsFixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RightsRuleTest {

    @Test
    void anArtisanNotYetEnrolledAtTheEndOfTheMonthIsNotEnrolled() {
        Rights rights = entitled("2023-11", "2024-06-01", paidOnTime("2023-11", "2024-05"));

        assertThat(rights.status()).isEqualTo(RightsStatus.NOT_ENROLLED);
        assertThat(rights.explanation().key()).isEqualTo("coverage.rights.explain.enrolledLater");
        assertThat(rights.explanation().args()).containsExactly("2023-12-15");
    }

    @Test
    void withoutAnyPaymentTheArtisanWaits() {
        Rights rights = entitled("2024-05", "2024-05-10", List.of());

        assertThat(rights.status()).isEqualTo(RightsStatus.WAITING);
        assertThat(rights.explanation().key()).isEqualTo("coverage.rights.explain.noPayment");
    }

    @Test
    void rightsOpenThreeMonthsAfterTheFirstPaidMonth() {
        List<Payment> payments = paidOnTime("2024-01", "2024-05");

        assertThat(entitled("2024-03", "2024-05-31", payments).status()).isEqualTo(RightsStatus.WAITING);
        Rights april = entitled("2024-04", "2024-05-31", payments);
        assertThat(april.status()).isEqualTo(RightsStatus.OPEN);
        assertThat(april.openSince()).isEqualTo(YearMonth.of(2024, 4));
        assertThat(april.explanation().key()).isEqualTo("coverage.rights.explain.open");
        assertThat(april.explanation().args()).containsExactly("2024-04", "2024-01", "3");
    }

    @Test
    void theWaitingExplanationSaysWhenRightsWillOpen() {
        Rights rights = entitled("2024-02", "2024-02-28", paidOnTime("2024-01", "2024-02"));

        assertThat(rights.explanation().key()).isEqualTo("coverage.rights.explain.waiting");
        assertThat(rights.explanation().args()).containsExactly("2024-01", "3", "2024-04");
    }

    @Test
    void theTwoMostRecentUnpaidMonthsAreToleratedAndTheThirdSuspends() {
        List<Payment> payments = paidOnTime("2024-01", "2024-04");

        Rights june = entitled("2024-06", "2024-06-30", payments);
        assertThat(june.status()).isEqualTo(RightsStatus.OPEN);
        assertThat(june.explanation().key()).isEqualTo("coverage.rights.explain.openTolerated");
        assertThat(june.unpaid()).containsExactly(YearMonth.of(2024, 5));
        assertThat(entitled("2024-07", "2024-07-31", payments).status()).isEqualTo(RightsStatus.OPEN);
        Rights august = entitled("2024-08", "2024-08-31", payments);
        assertThat(august.status()).isEqualTo(RightsStatus.SUSPENDED);
        assertThat(august.unpaid()).containsExactly(YearMonth.of(2024, 5));
        assertThat(august.explanation().args()).containsExactly("1", "2024-05", "2", "2024-01");
    }

    @Test
    void payingTheArrearsLaterReopensRightsFromThatDayOn() {
        List<Payment> payments = new ArrayList<>(paidOnTime("2024-01", "2024-04"));
        payments.addAll(paidOnTime("2024-06", "2024-09"));
        payments.add(payment("2024-05", "2024-09-20", "2024-10-05"));

        assertThat(entitled("2024-09", "2024-09-15", payments).status()).isEqualTo(RightsStatus.SUSPENDED);
        assertThat(entitled("2024-09", "2024-09-20", payments).status()).isEqualTo(RightsStatus.OPEN);
        assertThat(fund("2024-09", "2024-09-30", payments).status()).isEqualTo(RightsStatus.SUSPENDED);
        assertThat(fund("2024-09", "2024-10-05", payments).status()).isEqualTo(RightsStatus.OPEN);
    }

    @Test
    void theFundViewWaitsForTheDayTheFundRecordedThePayments() {
        List<Payment> late = List.of(
                payment("2024-01", "2024-01-05", "2024-06-20"),
                payment("2024-02", "2024-02-05", "2024-06-20"),
                payment("2024-03", "2024-03-05", "2024-06-20"),
                payment("2024-04", "2024-04-05", "2024-06-20"));

        assertThat(entitled("2024-04", "2024-04-30", late).status()).isEqualTo(RightsStatus.OPEN);
        Rights fundInMay = fund("2024-04", "2024-05-15", late);
        assertThat(fundInMay.status()).isEqualTo(RightsStatus.WAITING);
        assertThat(fundInMay.explanation().key()).isEqualTo("coverage.rights.explain.noPayment");
        assertThat(fund("2024-04", "2024-06-20", late).status()).isEqualTo(RightsStatus.OPEN);
    }

    @Test
    void aPaymentNotYetRecordedByTheFundNeverCountsInTheFundView() {
        List<Payment> payments = List.of(payment("2024-01", "2024-01-05", null));

        assertThat(fund("2024-01", "2030-01-01", payments).firstPaid()).isNull();
        assertThat(entitled("2024-01", "2030-01-01", payments).firstPaid()).isEqualTo(YearMonth.of(2024, 1));
    }

    @Test
    void aLatePaymentForAMonthBeforeTheFirstPaidOneRevealsArrearsFromThatMonth() {
        // The rule counts arrears from the first paid month: paying an older month moves that month back.
        List<Payment> payments = new ArrayList<>(paidOnTime("2024-01", "2024-06"));
        assertThat(entitled("2024-06", "2024-06-30", payments).status()).isEqualTo(RightsStatus.OPEN);

        payments.add(payment("2023-12", "2024-06-25", null));

        assertThat(entitled("2024-06", "2024-06-30", payments).status()).isEqualTo(RightsStatus.OPEN);
        payments.add(payment("2023-10", "2024-06-26", null));
        Rights rights = entitled("2024-06", "2024-06-30", payments);
        assertThat(rights.status()).isEqualTo(RightsStatus.SUSPENDED);
        assertThat(rights.unpaid()).containsExactly(YearMonth.of(2023, 11));
    }

    @Test
    void parametersApplyFromTheirEffectiveMonth() {
        ParameterTimeline longerWait = ParameterTimeline.defaults()
                .with(ParameterTimeline.WAITING_MONTHS, YearMonth.of(2024, 6), BigDecimal.valueOf(6));
        List<Payment> payments = paidOnTime("2024-01", "2024-08");

        Rights may = RightsRule.status(
                YearMonth.of(2024, 5),
                LocalDate.of(2024, 8, 31),
                RightsBasis.ENTITLED,
                RightsFixtures.ENROLLED,
                payments,
                longerWait);
        Rights june = RightsRule.status(
                YearMonth.of(2024, 6),
                LocalDate.of(2024, 8, 31),
                RightsBasis.ENTITLED,
                RightsFixtures.ENROLLED,
                payments,
                longerWait);

        assertThat(may.status()).isEqualTo(RightsStatus.OPEN);
        assertThat(june.status()).isEqualTo(RightsStatus.WAITING);
        assertThat(longerWait.amountAt(Regime.UNTAXED, YearMonth.of(2022, 1))).contains(new BigDecimal("135.00"));
        assertThat(longerWait.amountAt(Regime.CPU, YearMonth.of(2024, 1))).isEmpty();
    }
}
