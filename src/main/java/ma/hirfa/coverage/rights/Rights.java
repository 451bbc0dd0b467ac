package ma.hirfa.coverage.rights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The answer of the rule for one month: the status, the facts it rests on (first paid month, unpaid months
 * that matter, since when rights are open) and an explanation in plain words.
 */
public record Rights(
        YearMonth month,
        LocalDate asOf,
        RightsBasis basis,
        RightsStatus status,
        YearMonth firstPaid,
        YearMonth openSince,
        List<YearMonth> unpaid,
        Explanation explanation) {

    public boolean open() {
        return status == RightsStatus.OPEN;
    }
}
