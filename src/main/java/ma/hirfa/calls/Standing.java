package ma.hirfa.calls;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Where an application stands: its score out of 100 (null while a criterion has no score), the mean of the
 * members' scores per criterion, and its rank among the fully scored ones (0 when not ranked).
 */
record Standing(CallApplication application, BigDecimal score, Map<CriterionCode, BigDecimal> means, int rank) {

    boolean ranked() {
        return rank > 0;
    }
}
