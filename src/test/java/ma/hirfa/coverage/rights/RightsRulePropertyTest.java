package ma.hirfa.coverage.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants of the rights rule over random payment histories (months 2023-01 to 2026-12), as plain JUnit
 * properties: each seed draws cases from a {@link Random} until {@value #CHECKS_PER_SEED} of them met the
 * property's assumptions (so 1,000 checked cases per property over the five seeds). A failure names the seed,
 * the case number, the case's own seed and the case itself; {@code new Random(caseSeed)} given to the same
 * generator rebuilds it.
 */
class RightsRulePropertyTest {

    static final YearMonth START = YearMonth.of(2023, 1);
    static final LocalDate ENROLLED = LocalDate.of(2023, 1, 1);

    /** Cases checked per seed, not counting those an assumption discarded. */
    static final int CHECKS_PER_SEED = 200;

    /** Discarded cases allowed per checked one before the generator is deemed unfit for the property. */
    static final int MAX_DISCARD_RATIO = 100;

    record NotEnrolledCase(List<Payment> payments, int month, int monthsLater, RightsBasis basis) {}

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void nobodyHasRightsForAMonthThatEndsBeforeTheirEnrolment(long seed) {
        forAll(
                seed,
                r -> new NotEnrolledCase(
                        histories(r), between(r, 0, 47), between(r, 1, 30), oneOf(r, RightsBasis.values())),
                c -> {
                    YearMonth m = START.plusMonths(c.month());
                    LocalDate enrolledOn = m.plusMonths(c.monthsLater()).atDay(1);

                    Rights rights = RightsRule.status(
                            m,
                            LocalDate.of(2030, 1, 1),
                            c.basis(),
                            enrolledOn,
                            c.payments(),
                            ParameterTimeline.defaults());

                    assertThat(rights.status()).isEqualTo(RightsStatus.NOT_ENROLLED);
                    return true;
                });
    }

    record AddedPaymentCase(List<Payment> payments, Payment added, int month, boolean today) {}

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void payingAMonthNotBeforeTheFirstPaidOneNeverTakesOpenRightsAway(long seed) {
        forAll(seed, r -> new AddedPaymentCase(histories(r), payment(r), between(r, 3, 40), r.nextBoolean()), c -> {
            YearMonth m = START.plusMonths(c.month());
            LocalDate asOf = c.today() ? m.atEndOfMonth() : LocalDate.of(2030, 1, 1);
            Rights before = entitled(m, asOf, c.payments());
            if (!before.open() || c.added().month().isBefore(before.firstPaid())) {
                return false;
            }
            if (c.payments().stream().anyMatch(p -> p.month().equals(c.added().month()))) {
                return false;
            }
            List<Payment> more = new ArrayList<>(c.payments());
            more.add(c.added());

            assertThat(entitled(m, asOf, more).status()).isEqualTo(RightsStatus.OPEN);
            return true;
        });
    }

    record ViewsCase(List<Payment> payments, int month, int day) {}

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theFundViewIsNeverMoreGenerousThanTheEntitledViewFromTheSameFirstMonth(long seed) {
        forAll(seed, r -> new ViewsCase(histories(r), between(r, 0, 47), between(r, 0, 2500)), c -> {
            YearMonth m = START.plusMonths(c.month());
            LocalDate asOf = ENROLLED.plusDays(c.day());
            Rights entitled = entitled(m, asOf, c.payments());
            Rights fund =
                    RightsRule.status(m, asOf, RightsBasis.FUND, ENROLLED, c.payments(), ParameterTimeline.defaults());
            if (fund.firstPaid() != null && !fund.firstPaid().equals(entitled.firstPaid())) {
                return false;
            }

            assertThat(fund.status()).isLessThanOrEqualTo(entitled.status());
            assertThat(entitled.unpaid().isEmpty()
                            || fund.status() != RightsStatus.OPEN
                            || fund.unpaid().containsAll(entitled.unpaid()))
                    .isTrue();
            return true;
        });
    }

    record HistoryCase(List<Payment> payments, int month) {}

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void bothViewsAgreeOnceTheFundHasRecordedEveryPayment(long seed) {
        forAll(seed, r -> new HistoryCase(histories(r), between(r, 0, 47)), c -> {
            if (!c.payments().stream().allMatch(p -> p.recordedOn() != null)) {
                return false;
            }
            YearMonth m = START.plusMonths(c.month());
            LocalDate later = LocalDate.of(2030, 1, 1);

            assertThat(RightsRule.status(
                                    m, later, RightsBasis.FUND, ENROLLED, c.payments(), ParameterTimeline.defaults())
                            .status())
                    .isEqualTo(entitled(m, later, c.payments()).status());
            return true;
        });
    }

    record BasisCase(List<Payment> payments, int month, RightsBasis basis) {}

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void rightsAreNeverOpenBeforeTheWaitingPeriodHasPassed(long seed) {
        forAll(seed, r -> new BasisCase(histories(r), between(r, 0, 47), oneOf(r, RightsBasis.values())), c -> {
            YearMonth m = START.plusMonths(c.month());
            Rights rights = RightsRule.status(
                    m, LocalDate.of(2030, 1, 1), c.basis(), ENROLLED, c.payments(), ParameterTimeline.defaults());
            if (!rights.open()) {
                return false;
            }

            assertThat(rights.firstPaid().plusMonths(3)).isBeforeOrEqualTo(m);
            assertThat(rights.openSince()).isBeforeOrEqualTo(m);
            assertThat(rights.explanation().key()).startsWith("coverage.rights.explain.open");
            return true;
        });
    }

    record ClaimCase(List<Payment> payments, int careDay, RetroactivePolicy policy) {}

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aReimbursedClaimIsNeverOwed(long seed) {
        forAll(seed, r -> new ClaimCase(histories(r), between(r, 0, 1400), oneOf(r, RetroactivePolicy.values())), c -> {
            LocalDate care = ENROLLED.plusDays(c.careDay());
            var claim = new Retroactive.Claim(care, ClaimDecision.REIMBURSED, null, care.plusDays(40));

            assertThat(Retroactive.assess(
                                    claim,
                                    ENROLLED,
                                    c.payments(),
                                    ParameterTimeline.defaults(),
                                    c.policy(),
                                    care.plusDays(90))
                            .owed())
                    .isFalse();
            return true;
        });
    }

    private static Rights entitled(YearMonth m, LocalDate asOf, List<Payment> payments) {
        return RightsRule.status(m, asOf, RightsBasis.ENTITLED, ENROLLED, payments, ParameterTimeline.defaults());
    }

    /**
     * Checks {@code property} on cases drawn from {@code generator} until {@value #CHECKS_PER_SEED} were checked.
     * The property returns {@code false} to discard a case that does not meet its assumptions, and throws an
     * {@link AssertionError} when it does not hold. Each case is drawn from its own {@code Random}, seeded from
     * the run's, so that a failing case can be rebuilt alone.
     */
    private static <T> void forAll(long seed, Function<Random, T> generator, Predicate<T> property) {
        Random seeds = new Random(seed);
        int checked = 0;
        int discarded = 0;
        for (int tried = 1; checked < CHECKS_PER_SEED; tried++) {
            long caseSeed = seeds.nextLong();
            T c = generator.apply(new Random(caseSeed));
            boolean held;
            try {
                held = property.test(c);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        "property failed for seed %d, case %d (case seed %dL): %s%n%s"
                                .formatted(seed, tried, caseSeed, c, e.getMessage()),
                        e);
            }
            if (held) {
                checked++;
            } else if (++discarded > MAX_DISCARD_RATIO * CHECKS_PER_SEED) {
                throw new AssertionError("seed %d: %d cases discarded for %d checked, the generator misses the property"
                        .formatted(seed, discarded, checked));
            }
        }
    }

    /**
     * Mostly regular payers, as in life: a run of up to 30 months from a random start (0 to 24 months after
     * 2023-01), about one month in 25 skipped, each paid up to 200 days late and recorded by the fund the same
     * day or up to 180 days later, or (15 %) not yet.
     */
    static List<Payment> histories(Random r) {
        int start = between(r, 0, 24);
        int length = between(r, 0, 30);
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            boolean present = r.nextInt(25) != 0;
            int payDelay = between(r, 0, 200);
            Integer recordDelay = recordDelay(r);
            if (present) {
                YearMonth ym = START.plusMonths(start + i);
                LocalDate paidOn = ym.atDay(1).plusDays(payDelay);
                payments.add(new Payment(ym, paidOn, recordDelay == null ? null : paidOn.plusDays(recordDelay)));
            }
        }
        return payments;
    }

    /** A month's payment made up to 200 days after the month began, recorded the same day or later, or not yet. */
    static Payment payment(Random r) {
        YearMonth ym = START.plusMonths(between(r, 0, 47));
        LocalDate paidOn = ym.atDay(1).plusDays(between(r, 0, 200));
        Integer recordDelay = recordDelay(r);
        return new Payment(ym, paidOn, recordDelay == null ? null : paidOn.plusDays(recordDelay));
    }

    private static Integer recordDelay(Random r) {
        return r.nextDouble() < 0.15 ? null : between(r, 0, 180);
    }

    private static int between(Random r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    private static <E> E oneOf(Random r, E[] values) {
        return values[r.nextInt(values.length)];
    }
}
