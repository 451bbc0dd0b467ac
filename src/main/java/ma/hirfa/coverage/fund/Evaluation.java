package ma.hirfa.coverage.fund;

import java.util.List;

/** The verdict on one row: outcome, the message that explains it, the match, and a reconciliation flag. */
record Evaluation(RowOutcome outcome, String key, List<String> args, FundMatch match, String flag) {}
