package ma.hirfa.coverage.fund;

import java.util.List;
import ma.hirfa.coverage.rights.Explanation;

/**
 * The verdict on one row: outcome, the message that explains it, the match, a reconciliation flag, and
 * warnings that do not stop the row (an amount that differs from the regime's).
 */
public record Evaluation(
        RowOutcome outcome, String key, List<String> args, FundMatch match, String flag, List<Explanation> warnings) {

    Evaluation(RowOutcome outcome, String key, List<String> args, FundMatch match, String flag) {
        this(outcome, key, args, match, flag, List.of());
    }
}
