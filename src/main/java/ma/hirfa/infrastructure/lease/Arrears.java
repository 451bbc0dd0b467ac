package ma.hirfa.infrastructure.lease;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a lease owes today, computed and never stored: the dues fallen due up to today less every payment
 * (never below zero; a payment in advance shows as credit).
 */
record Arrears(BigDecimal dueToDate, BigDecimal paid, BigDecimal owed, BigDecimal credit, int monthsDue) {

    static Arrears of(List<Due> dues, List<Payment> payments, LocalDate today) {
        BigDecimal due = BigDecimal.ZERO;
        int months = 0;
        for (Due d : dues) {
            if (!d.dueOn().isAfter(today)) {
                due = due.add(d.amount());
                months++;
            }
        }
        BigDecimal paid = payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal balance = due.subtract(paid);
        return new Arrears(
                due,
                paid,
                balance.signum() > 0 ? balance : BigDecimal.ZERO,
                balance.signum() < 0 ? balance.negate() : BigDecimal.ZERO,
                months);
    }

    boolean any() {
        return owed.signum() > 0;
    }
}
