package ma.hirfa.coverage.fund;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.hirfa.coverage.rights.Explanation;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.transfer.Classification;
import ma.hirfa.platform.transfer.ImportBatch;
import ma.hirfa.platform.transfer.ImportContext;
import ma.hirfa.platform.transfer.ImportRow;
import ma.hirfa.platform.transfer.ImportSession;
import ma.hirfa.platform.transfer.RowCheck;
import ma.hirfa.platform.transfer.RowProblem;
import ma.hirfa.platform.transfer.RowVerdict;
import org.apache.commons.csv.CSVFormat;

/**
 * One pass over a fund file. A row is checked on its own (cells), then judged against the database: applied
 * (new), already known (duplicate), refused (invalid, with the reason), or held for an officer (about an
 * unknown artisan, or matched by name only). The commit applies new rows through the coverage services and
 * keeps held and flagged rows for the reconciliation page.
 */
final class FundImportSession implements ImportSession<FundLine> {

    private final FundFileKind kind;
    private final FundEvaluator evaluator;
    private final FundRowApplier applier;
    private final FundLineStore lines;
    private final FundMatcher matcher;
    private final String region;

    FundImportSession(
            FundFileKind kind,
            FundEvaluator evaluator,
            FundRowApplier applier,
            FundLineStore lines,
            ImportContext context) {
        this.kind = kind;
        this.evaluator = evaluator;
        this.applier = applier;
        this.lines = lines;
        this.region = context.scope().restriction().orElse(null);
        this.matcher = evaluator.matcher(region);
    }

    @Override
    public RowCheck<FundLine> validate(ImportRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : kind.columns()) {
            values.put(column, row.get(column));
        }
        FundRow fundRow = new FundRow(
                (int) row.number(),
                values,
                CSVFormat.DEFAULT.format(values.values().toArray()));
        if (fundRow.get("national_id") == null && fundRow.get("fund_number") == null) {
            return RowCheck.invalid(List.of(RowProblem.of("national_id", "coverage.fund.row.noIdentity")));
        }
        try {
            FundRowApplier.check(kind, fundRow);
        } catch (Refusal e) {
            List<RowProblem> problems = new ArrayList<>();
            e.problems().forEach(p -> problems.add(new RowProblem(p.field(), p.key(), p.args())));
            return RowCheck.invalid(problems);
        }
        return RowCheck.valid(new FundLine(fundRow), identityKey(fundRow));
    }

    /** Rows of one file that say the same thing twice: same person and month, same claim. */
    private String identityKey(FundRow row) {
        String who = row.get("national_id") != null
                ? "id:" + row.get("national_id").toUpperCase(java.util.Locale.ROOT)
                : "fund:" + row.get("fund_number").toUpperCase(java.util.Locale.ROOT);
        return switch (kind) {
            case ENROLMENTS -> who;
            case CONTRIBUTIONS -> who + "|" + row.get("month");
            case CLAIMS ->
                row.get("fund_reference") != null
                        ? "ref:" + row.get("fund_reference")
                        : who + "|" + row.get("care_date") + "|" + row.get("filed_on") + "|"
                                + row.get("amount_claimed");
        };
    }

    @Override
    public List<Classification> classify(List<FundLine> rows) {
        return judge(rows).stream().map(RowVerdict::classification).toList();
    }

    @Override
    public List<RowVerdict> judge(List<FundLine> rows) {
        List<RowVerdict> verdicts = new ArrayList<>(rows.size());
        for (FundLine line : rows) {
            Evaluation e = evaluator.evaluate(kind, line.row(), matcher);
            line.judged(e);
            verdicts.add(verdict(e));
        }
        return verdicts;
    }

    private static RowVerdict verdict(Evaluation e) {
        RowProblem reason = new RowProblem("", e.key(), e.args());
        return switch (e.outcome()) {
            case APPLIED -> {
                List<RowProblem> notes = new ArrayList<>();
                if (e.flag() != null) {
                    notes.add(RowProblem.of("", "coverage.fund.flag." + e.flag()));
                }
                for (Explanation warning : e.warnings()) {
                    notes.add(new RowProblem("", warning.key(), warning.args()));
                }
                yield new RowVerdict(Classification.NEW, notes);
            }
            case UNCHANGED -> RowVerdict.of(Classification.DUPLICATE_OF_EXISTING, reason);
            case REFUSED -> RowVerdict.of(Classification.INVALID, reason);
            case UNKNOWN, PROPOSED -> RowVerdict.of(Classification.HELD, reason);
        };
    }

    /**
     * Answers how many rows were applied (held rows are kept, not counted as written). Runs inside the job's
     * batch transaction: a refusal here (the database changed since the rows were
     * judged) rolls the whole batch back and the job is tried again, when the row is judged anew.
     */
    @Override
    public int commit(ImportBatch<FundLine> batch) {
        int written = 0;
        for (FundLine line : batch.rows()) {
            Evaluation e = line.evaluation();
            switch (e.outcome()) {
                case UNKNOWN -> lines.add(batch.jobId(), kind, region, line.row(), LineStatus.UNKNOWN, e);
                case PROPOSED -> lines.add(batch.jobId(), kind, region, line.row(), LineStatus.PROPOSED, e);
                case APPLIED -> {
                    applier.apply(kind, line.row(), e.match().artisanId());
                    if (e.flag() != null) {
                        lines.add(batch.jobId(), kind, region, line.row(), LineStatus.APPLIED, e);
                    }
                    written++;
                }
                default -> throw new IllegalStateException("row " + line.row().line() + " is not to be written");
            }
        }
        return written;
    }
}
