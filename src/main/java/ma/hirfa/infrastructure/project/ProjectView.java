package ma.hirfa.infrastructure.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ma.hirfa.infrastructure.complex.PhotoView;
import ma.hirfa.platform.report.Chart;

/** A project as its page and its brief show it, in the reader's language. */
record ProjectView(
        long id,
        long complexId,
        String complexName,
        String title,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        String contractors,
        ProjectFigures figures,
        List<LineView> lines,
        List<DisbursementView> disbursements,
        List<MilestoneView> milestones,
        List<ProgressView> progress,
        Chart chart) {

    /** A funding line with what was committed and paid on it and what it still holds. */
    record LineView(
            long id,
            FundingSource source,
            String partnerName,
            String conventionRef,
            BigDecimal amount,
            BigDecimal committed,
            BigDecimal paid,
            BigDecimal remaining) {}

    record DisbursementView(
            long id,
            DisbursementKind kind,
            FundingSource source,
            String partnerName,
            BigDecimal amount,
            LocalDate madeOn,
            String reference) {}

    /** A milestone with its lateness in days (reached late, or still open past its date; 0 otherwise). */
    record MilestoneView(
            long id,
            String name,
            LocalDate plannedOn,
            LocalDate doneOn,
            BigDecimal cost,
            long lateDays,
            boolean gapWouldFinish) {}

    record ProgressView(long id, LocalDate reportedOn, int percent, String note, List<PhotoView> photos) {}

    List<PhotoView> photos() {
        return progress.stream().flatMap(p -> p.photos().stream()).toList();
    }
}
