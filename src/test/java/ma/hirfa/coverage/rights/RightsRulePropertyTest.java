package ma.hirfa.coverage.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the rights rule over random payment histories (months 2023-01 to 2026-12). */
class RightsRulePropertyTest {

    static final YearMonth START = YearMonth.of(2023, 1);
    static final LocalDate ENROLLED = LocalDate.of(2023, 1, 1);

    @Property(maxDiscardRatio = 100)
    void nobodyHasRightsForAMonthThatEndsBeforeTheirEnrolment(
            @ForAll("histories") List<Payment> payments,
            @ForAll @IntRange(min = 0, max = 47) int month,
            @ForAll @IntRange(min = 1, max = 30) int monthsLater,
            @ForAll RightsBasis basis) {
        YearMonth m = START.plusMonths(month);
        LocalDate enrolledOn = m.plusMonths(monthsLater).atDay(1);

        Rights rights = RightsRule.status(
                m, LocalDate.of(2030, 1, 1), basis, enrolledOn, payments, ParameterTimeline.defaults());

        assertThat(rights.status()).isEqualTo(RightsStatus.NOT_ENROLLED);
    }

    @Property(maxDiscardRatio = 100)
    void payingAMonthNotBeforeTheFirstPaidOneNeverTakesOpenRightsAway(
            @ForAll("histories") List<Payment> payments,
            @ForAll("payments") Payment added,
            @ForAll @IntRange(min = 3, max = 40) int month,
            @ForAll boolean today) {
        YearMonth m = START.plusMonths(month);
        LocalDate asOf = today ? m.atEndOfMonth() : LocalDate.of(2030, 1, 1);
        Rights before = entitled(m, asOf, payments);
        Assume.that(before.open() && !added.month().isBefore(before.firstPaid()));
        Assume.that(payments.stream().noneMatch(p -> p.month().equals(added.month())));
        List<Payment> more = new ArrayList<>(payments);
        more.add(added);

        assertThat(entitled(m, asOf, more).status()).isEqualTo(RightsStatus.OPEN);
    }

    @Property(maxDiscardRatio = 100)
    void theFundViewIsNeverMoreGenerousThanTheEntitledViewFromTheSameFirstMonth(
            @ForAll("histories") List<Payment> payments,
            @ForAll @IntRange(min = 0, max = 47) int month,
            @ForAll @IntRange(min = 0, max = 2500) int day) {
        YearMonth m = START.plusMonths(month);
        LocalDate asOf = ENROLLED.plusDays(day);
        Rights entitled = entitled(m, asOf, payments);
        Rights fund = RightsRule.status(m, asOf, RightsBasis.FUND, ENROLLED, payments, ParameterTimeline.defaults());
        Assume.that(fund.firstPaid() == null || fund.firstPaid().equals(entitled.firstPaid()));

        assertThat(fund.status()).isLessThanOrEqualTo(entitled.status());
        assertThat(entitled.unpaid().isEmpty()
                        || fund.status() != RightsStatus.OPEN
                        || fund.unpaid().containsAll(entitled.unpaid()))
                .isTrue();
    }

    @Property(maxDiscardRatio = 100)
    void bothViewsAgreeOnceTheFundHasRecordedEveryPayment(
            @ForAll("histories") List<Payment> payments, @ForAll @IntRange(min = 0, max = 47) int month) {
        Assume.that(payments.stream().allMatch(p -> p.recordedOn() != null));
        YearMonth m = START.plusMonths(month);
        LocalDate later = LocalDate.of(2030, 1, 1);

        assertThat(RightsRule.status(m, later, RightsBasis.FUND, ENROLLED, payments, ParameterTimeline.defaults())
                        .status())
                .isEqualTo(entitled(m, later, payments).status());
    }

    @Property(maxDiscardRatio = 100)
    void rightsAreNeverOpenBeforeTheWaitingPeriodHasPassed(
            @ForAll("histories") List<Payment> payments,
            @ForAll @IntRange(min = 0, max = 47) int month,
            @ForAll RightsBasis basis) {
        YearMonth m = START.plusMonths(month);
        Rights rights =
                RightsRule.status(m, LocalDate.of(2030, 1, 1), basis, ENROLLED, payments, ParameterTimeline.defaults());
        Assume.that(rights.open());

        assertThat(rights.firstPaid().plusMonths(3)).isBeforeOrEqualTo(m);
        assertThat(rights.openSince()).isBeforeOrEqualTo(m);
        assertThat(rights.explanation().key()).startsWith("coverage.rights.explain.open");
    }

    @Property(maxDiscardRatio = 100)
    void aReimbursedClaimIsNeverOwed(
            @ForAll("histories") List<Payment> payments,
            @ForAll @IntRange(min = 0, max = 1400) int careDay,
            @ForAll RetroactivePolicy policy) {
        LocalDate care = ENROLLED.plusDays(careDay);
        var claim = new Retroactive.Claim(care, ClaimDecision.REIMBURSED, null, care.plusDays(40));

        assertThat(Retroactive.assess(
                                claim, ENROLLED, payments, ParameterTimeline.defaults(), policy, care.plusDays(90))
                        .owed())
                .isFalse();
    }

    private static Rights entitled(YearMonth m, LocalDate asOf, List<Payment> payments) {
        return RightsRule.status(m, asOf, RightsBasis.ENTITLED, ENROLLED, payments, ParameterTimeline.defaults());
    }

    /**
     * Mostly regular payers, as in life: a run of months from a random start, some months skipped, each paid
     * up to 200 days late and recorded by the fund the same day, later, or not yet.
     */
    @Provide
    Arbitrary<List<Payment>> histories() {
        Arbitrary<Slot> slot = Combinators.combine(
                        Arbitraries.frequency(
                                net.jqwik.api.Tuple.of(24, Boolean.TRUE), net.jqwik.api.Tuple.of(1, Boolean.FALSE)),
                        Arbitraries.integers().between(0, 200),
                        Arbitraries.integers().between(0, 180).injectNull(0.15))
                .as(Slot::new);
        return Combinators.combine(
                        Arbitraries.integers().between(0, 24),
                        Arbitraries.integers().between(0, 30),
                        slot.list().ofSize(31))
                .as((start, length, slots) -> {
                    List<Payment> payments = new ArrayList<>();
                    for (int i = 0; i < length; i++) {
                        Slot s = slots.get(i);
                        if (s.present()) {
                            YearMonth ym = START.plusMonths(start + i);
                            LocalDate paidOn = ym.atDay(1).plusDays(s.payDelay());
                            payments.add(new Payment(
                                    ym, paidOn, s.recordDelay() == null ? null : paidOn.plusDays(s.recordDelay())));
                        }
                    }
                    return payments;
                });
    }

    record Slot(boolean present, int payDelay, Integer recordDelay) {}

    /** A month's payment made up to 200 days after the month began, recorded the same day or later, or not yet. */
    @Provide
    Arbitrary<Payment> payments() {
        Arbitrary<Integer> month = Arbitraries.integers().between(0, 47);
        Arbitrary<Integer> payDelay = Arbitraries.integers().between(0, 200);
        Arbitrary<Integer> recordDelay = Arbitraries.integers().between(0, 180).injectNull(0.15);
        return Combinators.combine(month, payDelay, recordDelay).as((m, pay, record) -> {
            YearMonth ym = START.plusMonths(m);
            LocalDate paidOn = ym.atDay(1).plusDays(pay);
            return new Payment(ym, paidOn, record == null ? null : paidOn.plusDays(record));
        });
    }
}
