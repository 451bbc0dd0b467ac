package ma.hirfa.infrastructure.project;

import java.math.BigDecimal;
import ma.hirfa.platform.Refusal;

/**
 * The one rule for sums of money in dirhams: positive, at most two decimals, and not absurd — no complex costs
 * more than a billion dirhams (the largest chamber projects are in the tens of millions), so a larger figure is a
 * typing slip (an amount in centimes, a digit too many).
 */
final class Amounts {

    static final BigDecimal MAX = new BigDecimal("1000000000");

    private Amounts() {}

    /** Adds the field's problem to {@code refusal} when the amount is missing, not positive, absurd or too precise. */
    static void check(Refusal refusal, String field, BigDecimal amount) {
        if (amount == null) {
            refusal.field(field, "infrastructure.amount.missing");
        } else if (amount.signum() <= 0) {
            refusal.field(field, "infrastructure.amount.notPositive");
        } else if (amount.compareTo(MAX) > 0) {
            refusal.field(field, "infrastructure.amount.absurd", MAX.toPlainString());
        } else if (amount.stripTrailingZeros().scale() > 2) {
            refusal.field(field, "infrastructure.amount.cents");
        }
    }
}
