package ma.hirfa.coverage.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ma.hirfa.coverage.file.Beneficiary;
import ma.hirfa.coverage.file.ClaimFile;
import ma.hirfa.coverage.file.ClaimRepository;
import ma.hirfa.coverage.file.ClaimRequest;
import ma.hirfa.coverage.file.ContributionOutcome;
import ma.hirfa.coverage.file.ContributionRequest;
import ma.hirfa.coverage.file.ContributionSource;
import ma.hirfa.coverage.file.CoverageEnrolmentRepository;
import ma.hirfa.coverage.file.CoverageFiles;
import ma.hirfa.coverage.file.Enrolment;
import ma.hirfa.coverage.file.EnrolmentRequest;
import ma.hirfa.coverage.file.EnrolmentStatus;
import ma.hirfa.coverage.rights.ClaimDecision;
import ma.hirfa.coverage.rights.Regime;
import ma.hirfa.coverage.rights.RejectionReason;
import ma.hirfa.platform.Refusal;
import org.springframework.stereotype.Component;

/**
 * Applies one fund row to a known artisan through the same services as the pages and the API, so that every
 * rule, refusal and audit record is the same. Throws a {@link Refusal} when the row is refused.
 */
@Component
class FundRowApplier {

    private final CoverageFiles files;
    private final CoverageEnrolmentRepository enrolmentRepository;
    private final ClaimRepository claimRepository;

    FundRowApplier(
            CoverageFiles files, CoverageEnrolmentRepository enrolmentRepository, ClaimRepository claimRepository) {
        this.files = files;
        this.enrolmentRepository = enrolmentRepository;
        this.claimRepository = claimRepository;
    }

    record Applied(RowOutcome outcome, String key, List<ma.hirfa.coverage.rights.Explanation> warnings) {

        Applied(RowOutcome outcome, String key) {
            this(outcome, key, List.of());
        }
    }

    /**
     * Reads every typed cell of the row (dates, months, amounts, listed values) without touching the database;
     * throws a {@link Refusal} naming the first bad cell.
     */
    static void check(FundFileKind kind, FundRow row) {
        for (String column : kind.columns()) {
            switch (column) {
                case "birth_date", "enrolled_on", "paid_on", "recorded_on", "care_date", "filed_on", "decided_on" ->
                    date(row, column);
                case "month" -> month(row, column);
                case "amount", "amount_claimed", "amount_reimbursed" -> amount(row, column);
                case "regime" -> value(row, column, Regime.class);
                case "status" -> value(row, column, EnrolmentStatus.class);
                case "decision" -> value(row, column, ClaimDecision.class);
                case "rejection_reason" -> value(row, column, RejectionReason.class);
                default -> {}
            }
        }
    }

    Applied apply(FundFileKind kind, FundRow row, long artisanId) {
        return switch (kind) {
            case ENROLMENTS -> enrolment(row, artisanId);
            case CONTRIBUTIONS -> contribution(row, artisanId);
            case CLAIMS -> claim(row, artisanId);
        };
    }

    private Applied enrolment(FundRow row, long artisanId) {
        Regime regime = value(row, "regime", Regime.class);
        LocalDate enrolledOn = date(row, "enrolled_on");
        EnrolmentStatus status = value(row, "status", EnrolmentStatus.class);
        String fundNumber = row.get("fund_number");
        Optional<Enrolment> known = enrolmentRepository.enrolment(artisanId);
        List<Beneficiary> beneficiaries = known.map(Enrolment::beneficiaries).orElse(List.of());
        if (known.isPresent()
                && known.get().regime() == regime
                && known.get().enrolledOn().equals(enrolledOn)
                && java.util.Objects.equals(
                        known.get().fundNumber(),
                        fundNumber == null
                                ? null
                                : fundNumber.replaceAll("\\s", "").toUpperCase(Locale.ROOT))
                && known.get().status() == (status == null ? EnrolmentStatus.ACTIVE : status)) {
            return new Applied(RowOutcome.UNCHANGED, "coverage.fund.row.unchanged");
        }
        files.enrol(artisanId, new EnrolmentRequest(regime, enrolledOn, fundNumber, status, beneficiaries));
        return new Applied(RowOutcome.APPLIED, "coverage.fund.row.enrolment");
    }

    private Applied contribution(FundRow row, long artisanId) {
        ContributionOutcome outcome = files.contribute(
                artisanId,
                new ContributionRequest(
                        month(row, "month"), amount(row, "amount"), date(row, "paid_on"), date(row, "recorded_on")),
                ContributionSource.FUND_FILE);
        return outcome.created()
                ? new Applied(RowOutcome.APPLIED, "coverage.fund.row.contribution", outcome.warnings())
                : new Applied(RowOutcome.UNCHANGED, "coverage.fund.row.unchanged", outcome.warnings());
    }

    private Applied claim(FundRow row, long artisanId) {
        String reference = row.get("fund_reference");
        ClaimRequest request = new ClaimRequest(
                date(row, "care_date"),
                date(row, "filed_on"),
                amount(row, "amount_claimed"),
                value(row, "decision", ClaimDecision.class),
                date(row, "decided_on"),
                value(row, "rejection_reason", RejectionReason.class),
                amount(row, "amount_reimbursed"),
                reference);
        Optional<ClaimFile> known = reference == null
                ? Optional.empty()
                : claimRepository.claimByFundReference(reference).filter(c -> c.artisanId() == artisanId);
        if (known.isPresent()) {
            ClaimFile before = known.get();
            ClaimFile after = files.decide(before.id(), request);
            return after.equals(before)
                    ? new Applied(RowOutcome.UNCHANGED, "coverage.fund.row.unchanged")
                    : new Applied(RowOutcome.APPLIED, "coverage.fund.row.decision");
        }
        files.fileClaim(artisanId, request);
        return new Applied(RowOutcome.APPLIED, "coverage.fund.row.claim");
    }

    private static LocalDate date(FundRow row, String column) {
        String v = row.get(column);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid().field(column, "coverage.fund.invalidDate", column, v);
        }
    }

    private static YearMonth month(FundRow row, String column) {
        String v = row.get(column);
        try {
            return v == null ? null : YearMonth.parse(v);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid().field(column, "coverage.fund.invalidMonth", column, v);
        }
    }

    private static BigDecimal amount(FundRow row, String column) {
        String v = row.get(column);
        try {
            return v == null ? null : new BigDecimal(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw Refusal.invalid().field(column, "coverage.fund.invalidAmount", column, v);
        }
    }

    private static <E extends Enum<E>> E value(FundRow row, String column, Class<E> type) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid().field(column, "coverage.fund.invalidValue", column, v);
        }
    }
}
