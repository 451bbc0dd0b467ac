package ma.hirfa.coverage.rights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ma.hirfa.platform.PlausibleDates;

/**
 * The rights rule of issue 5, a pure function. For month M, from the months counted as paid on a date:
 * NOT_ENROLLED if the artisan is not enrolled by the end of M; WAITING if there is no paid month P (the first
 * one) with P ≤ M − W; SUSPENDED if a month from P to M − 1 − T is unpaid; OPEN otherwise. W and T are the
 * parameters in force for M.
 */
public final class RightsRule {

    /** How far back "open since" looks, so that a lifetime of payments still answers at once. */
    private static final int HISTORY_MONTHS = 600;

    private static final int LISTED = 6;

    private RightsRule() {}

    public static Rights status(
            YearMonth month,
            LocalDate asOf,
            RightsBasis basis,
            LocalDate enrolledOn,
            Collection<Payment> payments,
            ParameterTimeline parameters) {
        // The span from the first paid month to M is walked month by month: both ends must be plausible.
        PlausibleDates.check("month", month);
        PlausibleDates.check("asOf", asOf);
        NavigableSet<YearMonth> paid = payments.stream()
                .filter(p -> p.countsOn(asOf, basis))
                .map(Payment::month)
                .collect(Collectors.toCollection(TreeSet::new));
        Verdict verdict = verdict(month, enrolledOn, paid, parameters);
        YearMonth since = verdict.status == RightsStatus.OPEN ? openSince(month, enrolledOn, paid, parameters) : null;
        return new Rights(
                month,
                asOf,
                basis,
                verdict.status,
                verdict.firstPaid,
                since,
                verdict.unpaid,
                explain(verdict, enrolledOn, since, parameters.rightsAt(month)));
    }

    private static Verdict verdict(
            YearMonth month, LocalDate enrolledOn, NavigableSet<YearMonth> paid, ParameterTimeline parameters) {
        if (enrolledOn == null || enrolledOn.isAfter(month.atEndOfMonth())) {
            return new Verdict(RightsStatus.NOT_ENROLLED, null, List.of());
        }
        NavigableSet<YearMonth> upTo = paid.headSet(month, true);
        YearMonth first = upTo.isEmpty() ? null : upTo.first();
        RightsParameters p = parameters.rightsAt(month);
        if (first == null || first.isAfter(month.minusMonths(p.waitingMonths()))) {
            return new Verdict(RightsStatus.WAITING, first, List.of());
        }
        List<YearMonth> arrears = unpaid(first, month.minusMonths(1L + p.toleratedArrears()), paid);
        if (!arrears.isEmpty()) {
            return new Verdict(RightsStatus.SUSPENDED, first, arrears);
        }
        YearMonth from = first.isAfter(month.minusMonths(p.toleratedArrears()))
                ? first
                : month.minusMonths(p.toleratedArrears());
        return new Verdict(RightsStatus.OPEN, first, unpaid(from, month.minusMonths(1), paid));
    }

    private static YearMonth openSince(
            YearMonth month, LocalDate enrolledOn, NavigableSet<YearMonth> paid, ParameterTimeline parameters) {
        YearMonth since = month;
        for (int i = 1; i <= HISTORY_MONTHS; i++) {
            YearMonth earlier = month.minusMonths(i);
            if (verdict(earlier, enrolledOn, paid, parameters).status != RightsStatus.OPEN) {
                break;
            }
            since = earlier;
        }
        return since;
    }

    private static List<YearMonth> unpaid(YearMonth from, YearMonth to, NavigableSet<YearMonth> paid) {
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (!paid.contains(m)) {
                missing.add(m);
            }
        }
        return List.copyOf(missing);
    }

    private static Explanation explain(Verdict v, LocalDate enrolledOn, YearMonth since, RightsParameters p) {
        return switch (v.status) {
            case NOT_ENROLLED ->
                enrolledOn == null
                        ? Explanation.of("coverage.rights.explain.notEnrolled")
                        : Explanation.of("coverage.rights.explain.enrolledLater", enrolledOn);
            case WAITING ->
                v.firstPaid == null
                        ? Explanation.of("coverage.rights.explain.noPayment", p.waitingMonths())
                        : Explanation.of(
                                "coverage.rights.explain.waiting",
                                v.firstPaid,
                                p.waitingMonths(),
                                v.firstPaid.plusMonths(p.waitingMonths()));
            case SUSPENDED ->
                Explanation.of(
                        "coverage.rights.explain.suspended",
                        v.unpaid.size(),
                        list(v.unpaid),
                        p.toleratedArrears(),
                        v.firstPaid);
            case OPEN ->
                v.unpaid.isEmpty()
                        ? Explanation.of("coverage.rights.explain.open", since, v.firstPaid, p.waitingMonths())
                        : Explanation.of(
                                "coverage.rights.explain.openTolerated",
                                since,
                                v.firstPaid,
                                p.waitingMonths(),
                                list(v.unpaid),
                                p.toleratedArrears());
        };
    }

    private static String list(List<YearMonth> months) {
        String shown = months.stream().limit(LISTED).map(YearMonth::toString).collect(Collectors.joining(", "));
        return months.size() > LISTED ? shown + ", …" : shown;
    }

    private record Verdict(RightsStatus status, YearMonth firstPaid, List<YearMonth> unpaid) {}
}
