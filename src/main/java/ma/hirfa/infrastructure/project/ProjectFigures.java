package ma.hirfa.infrastructure.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a project's rows add up to, computed and never typed (ADR 0047):
 *
 * <ul>
 *   <li>spent = the payments; spent ratio = spent / total cost;
 *   <li>cost to finish = total cost − spent; secured not yet spent = Σ funding lines − spent;
 *       funding gap = cost to finish − secured not yet spent, never below 0; each source carries a share of the
 *       gap in proportion to what it secured (all of it unassigned when nothing is secured);
 *   <li>delay = the largest lateness of a milestone: reached late (reached − planned) or not reached and past its
 *       planned date (today − planned); forecast end = planned end + delay, not before today while the works
 *       are unfinished; once finished (100 % and every milestone reached), the day the last was reached;
 *       schedule slip = forecast end − planned end in days (negative = early).
 * </ul>
 */
record ProjectFigures(
        BigDecimal totalCost,
        BigDecimal secured,
        BigDecimal committed,
        BigDecimal spent,
        BigDecimal costToFinish,
        BigDecimal securedUnspent,
        BigDecimal gap,
        BigDecimal spentRatio,
        int progress,
        boolean finished,
        LocalDate plannedEnd,
        LocalDate forecastEnd,
        long slipDays,
        List<SourceFigures> sources,
        List<Milestone> gapWouldFinish) {

    /** One source's lines: what it secured, what was paid from them, what is left, and its share of the gap. */
    record SourceFigures(
            FundingSource source, BigDecimal secured, BigDecimal spent, BigDecimal remaining, BigDecimal gapShare) {}

    static ProjectFigures of(
            Project project,
            List<FundingLine> lines,
            List<Disbursement> disbursements,
            List<Milestone> milestones,
            List<ProgressReport> progress,
            LocalDate today) {
        BigDecimal total = project.totalCost();
        BigDecimal secured = sum(lines.stream().map(FundingLine::amount).toList());
        BigDecimal committed = sum(disbursements.stream()
                .filter(Predicate.not(Disbursement::payment))
                .map(Disbursement::amount)
                .toList());
        BigDecimal spent = sum(disbursements.stream()
                .filter(Disbursement::payment)
                .map(Disbursement::amount)
                .toList());
        BigDecimal costToFinish = atLeastZero(total.subtract(spent));
        BigDecimal securedUnspent = atLeastZero(secured.subtract(spent));
        BigDecimal gap = atLeastZero(costToFinish.subtract(securedUnspent));
        BigDecimal ratio = total.signum() == 0 ? BigDecimal.ZERO : spent.divide(total, 4, RoundingMode.HALF_UP);
        int percent = progress.stream()
                .max(Comparator.comparing(ProgressReport::reportedOn).thenComparing(ProgressReport::id))
                .map(ProgressReport::percent)
                .orElse(0);
        boolean finished = percent >= 100 && milestones.stream().allMatch(Milestone::done);
        LocalDate forecast = forecast(project.plannedEnd(), milestones, progress, finished, today);
        return new ProjectFigures(
                total,
                secured,
                committed,
                spent,
                costToFinish,
                securedUnspent,
                gap,
                ratio,
                percent,
                finished,
                project.plannedEnd(),
                forecast,
                ChronoUnit.DAYS.between(project.plannedEnd(), forecast),
                sources(lines, disbursements, secured, gap),
                wouldFinish(milestones, securedUnspent, gap));
    }

    public boolean slipped() {
        return slipDays > 0;
    }

    public boolean hasGap() {
        return gap.signum() > 0;
    }

    private static LocalDate forecast(
            LocalDate plannedEnd,
            List<Milestone> milestones,
            List<ProgressReport> progress,
            boolean finished,
            LocalDate today) {
        if (finished) {
            LocalDate lastReached = milestones.stream()
                    .map(Milestone::doneOn)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            LocalDate complete = progress.stream()
                    .filter(p -> p.percent() >= 100)
                    .map(ProgressReport::reportedOn)
                    .min(Comparator.naturalOrder())
                    .orElse(plannedEnd);
            return lastReached != null ? lastReached : complete;
        }
        long delay = 0;
        for (Milestone m : milestones) {
            LocalDate reached = m.done() ? m.doneOn() : today.isAfter(m.plannedOn()) ? today : null;
            if (reached != null) {
                delay = Math.max(delay, ChronoUnit.DAYS.between(m.plannedOn(), reached));
            }
        }
        LocalDate forecast = plannedEnd.plusDays(delay);
        return forecast.isBefore(today) ? today : forecast;
    }

    private static List<SourceFigures> sources(
            List<FundingLine> lines, List<Disbursement> disbursements, BigDecimal secured, BigDecimal gap) {
        Map<Long, FundingSource> sourceOfLine = new java.util.HashMap<>();
        lines.forEach(l -> sourceOfLine.put(l.id(), l.source()));
        List<SourceFigures> figures = new ArrayList<>();
        BigDecimal assigned = BigDecimal.ZERO;
        for (FundingSource source : FundingSource.values()) {
            BigDecimal promised = sum(lines.stream()
                    .filter(l -> l.source() == source)
                    .map(FundingLine::amount)
                    .toList());
            if (promised.signum() == 0) {
                continue;
            }
            BigDecimal paid = sum(disbursements.stream()
                    .filter(d -> d.payment() && sourceOfLine.get(d.fundingLineId()) == source)
                    .map(Disbursement::amount)
                    .toList());
            BigDecimal share = gap.multiply(promised).divide(secured, 2, RoundingMode.HALF_UP);
            assigned = assigned.add(share);
            figures.add(new SourceFigures(source, promised, paid, atLeastZero(promised.subtract(paid)), share));
        }
        if (!figures.isEmpty() && assigned.compareTo(gap) != 0) {
            // rounding: the cents left over go to the largest source, so the shares add up to the gap
            SourceFigures largest = figures.stream()
                    .max(Comparator.comparing(SourceFigures::secured))
                    .orElseThrow();
            figures.set(
                    figures.indexOf(largest),
                    new SourceFigures(
                            largest.source(),
                            largest.secured(),
                            largest.spent(),
                            largest.remaining(),
                            largest.gapShare().add(gap.subtract(assigned))));
        }
        return List.copyOf(figures);
    }

    /**
     * The milestones the gap would pay for: the money secured and not yet spent pays the remaining milestones in
     * their planned order; those it cannot pay in full are what the missing money would finish.
     */
    private static List<Milestone> wouldFinish(List<Milestone> milestones, BigDecimal securedUnspent, BigDecimal gap) {
        if (gap.signum() == 0) {
            return List.of();
        }
        BigDecimal left = securedUnspent;
        List<Milestone> unpaid = new ArrayList<>();
        for (Milestone m : milestones.stream()
                .filter(Predicate.not(Milestone::done))
                .sorted(Comparator.comparing(Milestone::plannedOn))
                .toList()) {
            if (left.compareTo(m.cost()) >= 0) {
                left = left.subtract(m.cost());
            } else {
                left = BigDecimal.ZERO;
                unpaid.add(m);
            }
        }
        return List.copyOf(unpaid);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal atLeastZero(BigDecimal amount) {
        return amount.signum() < 0 ? BigDecimal.ZERO : amount;
    }
}
