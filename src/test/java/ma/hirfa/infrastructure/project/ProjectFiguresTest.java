package ma.hirfa.infrastructure.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectFiguresTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final LocalDate PLANNED_END = LocalDate.of(2026, 12, 31);

    final List<FundingLine> lines = new ArrayList<>();
    final List<Disbursement> disbursements = new ArrayList<>();
    final List<Milestone> milestones = new ArrayList<>();
    final List<ProgressReport> progress = new ArrayList<>();

    @Test
    void theGapIsTheCostToFinishLessTheSecuredMoneyNotYetSpent() {
        line(1, FundingSource.MINISTRY, "600");
        pay(1, "200");
        commit(1, "500");

        ProjectFigures f = figures("1000");

        assertThat(f.spent()).isEqualByComparingTo("200");
        assertThat(f.committed()).as("a commitment is not spent money").isEqualByComparingTo("500");
        assertThat(f.costToFinish()).isEqualByComparingTo("800");
        assertThat(f.securedUnspent()).isEqualByComparingTo("400");
        assertThat(f.gap()).isEqualByComparingTo("400");
        assertThat(f.spentRatio()).isEqualByComparingTo("0.2");
    }

    @Test
    void theGapIsNeverBelowZeroWhenMoreIsSecuredThanNeeded() {
        line(1, FundingSource.MINISTRY, "1200");
        pay(1, "200");

        assertThat(figures("1000").gap()).isEqualByComparingTo("0");
    }

    @Test
    void withoutFundingOrPaymentsTheGapIsTheWholeCost() {
        ProjectFigures f = figures("1000");

        assertThat(f.gap()).isEqualByComparingTo("1000");
        assertThat(f.spentRatio()).isEqualByComparingTo("0");
        assertThat(f.sources()).isEmpty();
    }

    @Test
    void aCostLoweredBelowWhatWasSpentLeavesNoGapAndARatioAboveOne() {
        line(1, FundingSource.REGION, "300");
        pay(1, "200");

        ProjectFigures f = figures("100");

        assertThat(f.costToFinish()).isEqualByComparingTo("0");
        assertThat(f.gap()).isEqualByComparingTo("0");
        assertThat(f.spentRatio()).isEqualByComparingTo("2");
    }

    @Test
    void eachSourceCarriesAShareOfTheGapInProportionToWhatItSecuredAndTheSharesAddUp() {
        line(1, FundingSource.MINISTRY, "2000");
        line(2, FundingSource.REGION, "1000");
        line(3, FundingSource.PARTNER, "1000");
        line(4, FundingSource.MINISTRY, "2000");
        pay(1, "1000");
        pay(2, "1000");

        ProjectFigures f = figures("10000.01");

        // cost to finish 8000.01, secured not spent 4000: gap 4000.01
        assertThat(f.gap()).isEqualByComparingTo("4000.01");
        assertThat(f.sources())
                .extracting(ProjectFigures.SourceFigures::source)
                .containsExactly(FundingSource.MINISTRY, FundingSource.REGION, FundingSource.PARTNER);
        ProjectFigures.SourceFigures ministry = f.sources().get(0);
        assertThat(ministry.secured()).isEqualByComparingTo("4000");
        assertThat(ministry.spent()).isEqualByComparingTo("1000");
        assertThat(ministry.remaining()).isEqualByComparingTo("3000");
        assertThat(f.sources().get(1).remaining()).isEqualByComparingTo("0");
        assertThat(f.sources().get(2).gapShare()).isEqualByComparingTo("666.67");
        assertThat(f.sources().stream()
                        .map(ProjectFigures.SourceFigures::gapShare)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(f.gap());
    }

    @Test
    void onTimeMilestonesForecastThePlannedEnd() {
        milestone(1, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 20), "10");
        milestone(2, LocalDate.of(2026, 9, 1), null, "10");

        ProjectFigures f = figures("1000");

        assertThat(f.forecastEnd()).isEqualTo(PLANNED_END);
        assertThat(f.slipDays()).isZero();
        assertThat(f.slipped()).isFalse();
    }

    @Test
    void aMilestoneReachedLateShiftsTheEndByItsLateness() {
        milestone(1, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 11), "10");

        ProjectFigures f = figures("1000");

        assertThat(f.slipDays()).isEqualTo(10);
        assertThat(f.forecastEnd()).isEqualTo(PLANNED_END.plusDays(10));
    }

    @Test
    void anOpenMilestonePastItsDateIsLateUntilTodayAndTheLargestDelayCounts() {
        milestone(1, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 11), "10");
        milestone(2, LocalDate.of(2026, 5, 2), null, "10");

        assertThat(figures("1000").slipDays()).isEqualTo(30);
    }

    @Test
    void unfinishedWorksPastTheirPlannedEndAreForecastNoEarlierThanToday() {
        Project late = project("1000", LocalDate.of(2026, 1, 1));
        progress.add(new ProgressReport(1L, 1L, LocalDate.of(2026, 5, 1), 80, null, "t", Instant.EPOCH));

        ProjectFigures f = ProjectFigures.of(late, lines, disbursements, milestones, progress, TODAY);

        assertThat(f.forecastEnd()).isEqualTo(TODAY);
        assertThat(f.slipDays()).isEqualTo(151);
    }

    @Test
    void finishedWorksEndWhenTheirLastMilestoneWasReachedEvenEarly() {
        milestone(1, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 20), "10");
        milestone(2, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 5, 21), "10");
        progress.add(new ProgressReport(1L, 1L, LocalDate.of(2026, 5, 25), 100, null, "t", Instant.EPOCH));

        ProjectFigures f = figures("1000");

        assertThat(f.finished()).isTrue();
        assertThat(f.forecastEnd()).isEqualTo(LocalDate.of(2026, 5, 21));
        assertThat(f.slipDays()).isNegative();
        assertThat(f.progress()).isEqualTo(100);
    }

    @Test
    void theGapPaysForTheRemainingMilestonesTheSecuredMoneyCannotPay() {
        line(1, FundingSource.CHAMBER, "500");
        pay(1, "200");
        milestone(1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), "200");
        milestone(2, LocalDate.of(2026, 8, 1), null, "250");
        milestone(3, LocalDate.of(2026, 10, 1), null, "300");
        milestone(4, LocalDate.of(2026, 12, 1), null, "250");

        ProjectFigures f = figures("1000");

        assertThat(f.gap()).isEqualByComparingTo("500");
        assertThat(f.gapWouldFinish()).extracting(Milestone::id).containsExactly(3L, 4L);
    }

    @Test
    void theLatestReportGivesTheProgress() {
        progress.add(new ProgressReport(2L, 1L, LocalDate.of(2026, 5, 1), 40, null, "t", Instant.EPOCH));
        progress.add(new ProgressReport(1L, 1L, LocalDate.of(2026, 2, 1), 20, null, "t", Instant.EPOCH));

        assertThat(figures("1000").progress()).isEqualTo(40);
    }

    private ProjectFigures figures(String cost) {
        return ProjectFigures.of(project(cost, PLANNED_END), lines, disbursements, milestones, progress, TODAY);
    }

    private static Project project(String cost, LocalDate plannedEnd) {
        return new Project(
                1L,
                1L,
                "08",
                "م",
                "P",
                "ⵣ",
                new BigDecimal(cost),
                LocalDate.of(2024, 1, 1),
                plannedEnd,
                null,
                "t",
                Instant.EPOCH,
                0L);
    }

    private void line(long id, FundingSource source, String amount) {
        lines.add(new FundingLine(
                id,
                1L,
                source,
                source == FundingSource.PARTNER ? "INDH" : null,
                null,
                new BigDecimal(amount),
                Instant.EPOCH));
    }

    private void pay(long line, String amount) {
        disbursements.add(new Disbursement(
                (long) disbursements.size() + 1,
                1L,
                line,
                DisbursementKind.PAYMENT,
                new BigDecimal(amount),
                TODAY,
                null,
                "t",
                Instant.EPOCH));
    }

    private void commit(long line, String amount) {
        disbursements.add(new Disbursement(
                (long) disbursements.size() + 1,
                1L,
                line,
                DisbursementKind.COMMITMENT,
                new BigDecimal(amount),
                TODAY,
                null,
                "t",
                Instant.EPOCH));
    }

    private void milestone(long id, LocalDate planned, LocalDate done, String cost) {
        milestones.add(new Milestone(id, 1L, "م", "M" + id, "ⵎ", planned, done, new BigDecimal(cost), 0L));
    }
}
