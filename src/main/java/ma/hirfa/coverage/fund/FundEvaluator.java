package ma.hirfa.coverage.fund;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import ma.hirfa.coverage.file.CoverageEnrolmentRepository;
import ma.hirfa.matching.IdentitySearch;
import ma.hirfa.platform.NationalId;
import ma.hirfa.platform.Refusal;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Says what a fund row would do: to whom it belongs, and what applying it gives, found by applying it in a
 * transaction that is rolled back (so the dry run says exactly what the commit will do, with the same rules
 * and refusals as the pages and the API).
 */
@Component
class FundEvaluator {

    private final FundRowApplier applier;
    private final CoverageEnrolmentRepository enrolmentRepository;
    private final RegisteredArtisans artisans;
    private final IdentitySearch search;
    private final TransactionTemplate transactions;

    FundEvaluator(
            FundRowApplier applier,
            CoverageEnrolmentRepository enrolmentRepository,
            RegisteredArtisans artisans,
            IdentitySearch search,
            TransactionTemplate transactions) {
        this.applier = applier;
        this.enrolmentRepository = enrolmentRepository;
        this.artisans = artisans;
        this.search = search;
        this.transactions = transactions;
    }

    FundMatcher matcher(String region) {
        return new FundMatcher(artisans, enrolmentRepository, search, region);
    }

    Evaluation evaluate(FundFileKind kind, FundRow row, FundMatcher matcher) {
        String nationalId = NationalId.normalise(row.get("national_id"));
        String fundNumber = row.get("fund_number");
        LocalDate birthDate;
        try {
            birthDate = row.get("birth_date") == null ? null : LocalDate.parse(row.get("birth_date"));
        } catch (DateTimeParseException e) {
            birthDate = null;
        }
        FundMatch match = matcher.match(nationalId, fundNumber, row.get("last_name"), row.get("first_name"), birthDate);
        if (match.artisanId() == null && match.proposedArtisanId() != null) {
            String who = artisans.find(match.proposedArtisanId())
                    .map(a -> a.displayName() + " (" + a.registrationNumber() + ")")
                    .orElse(String.valueOf(match.proposedArtisanId()));
            return new Evaluation(
                    RowOutcome.PROPOSED,
                    "coverage.fund.row.proposed",
                    List.of(who, String.valueOf(Math.round(match.score() * 100))),
                    match,
                    null);
        }
        if (match.artisanId() == null) {
            return new Evaluation(
                    RowOutcome.UNKNOWN,
                    "coverage.fund.row.unknown",
                    List.of(nationalId == null ? "—" : nationalId, fundNumber == null ? "—" : fundNumber),
                    match,
                    null);
        }
        return apply(kind, row, match, false);
    }

    /**
     * Applies the row to the matched artisan, in its own transaction that is committed only when {@code commit}
     * is true; a refusal becomes a REFUSED evaluation with its reason.
     */
    Evaluation apply(FundFileKind kind, FundRow row, FundMatch match, boolean commit) {
        try {
            FundRowApplier.Applied applied = transactions.execute(status -> {
                FundRowApplier.Applied a = applier.apply(kind, row, match.artisanId());
                if (!commit) {
                    status.setRollbackOnly();
                }
                return a;
            });
            return new Evaluation(
                    applied.outcome(), applied.key(), List.of(), match, flag(kind, row, match), applied.warnings());
        } catch (Refusal e) {
            if (e.recordMissing() || e.problems().isEmpty()) {
                throw e; // not a refusal of the row's cells
            }
            Refusal.Problem first = e.problems().get(0);
            return new Evaluation(RowOutcome.REFUSED, first.key(), first.args(), match, flag(kind, row, match));
        }
    }

    /** What the reconciliation page will show of an applied row: a name that disagrees, a month before enrolment. */
    String flag(FundFileKind kind, FundRow row, FundMatch match) {
        if (match.nameDisagrees()) {
            return "NAME_DISAGREES";
        }
        if (kind == FundFileKind.CONTRIBUTIONS && match.artisanId() != null) {
            String month = row.get("month");
            return enrolmentRepository
                    .enrolment(match.artisanId())
                    .filter(e -> month != null
                            && month.compareTo(e.enrolledOn().toString().substring(0, 7)) < 0)
                    .map(e -> "BEFORE_ENROLMENT")
                    .orElse(null);
        }
        return null;
    }
}
