package ma.hirfa.coverage.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import ma.hirfa.coverage.rights.Payment;

/** One month's contribution: when the artisan paid it and when the fund recorded it (empty: not yet). */
public record Contribution(
        long id,
        long artisanId,
        YearMonth month,
        BigDecimal amount,
        LocalDate paidOn,
        LocalDate recordedOn,
        ContributionSource source) {

    public Payment payment() {
        return new Payment(month, paidOn, recordedOn);
    }

    /** Whether another report of this month says the same thing. */
    boolean sameAs(YearMonth otherMonth, BigDecimal otherAmount, LocalDate otherPaidOn, LocalDate otherRecordedOn) {
        return month.equals(otherMonth)
                && amount.compareTo(otherAmount) == 0
                && paidOn.equals(otherPaidOn)
                && java.util.Objects.equals(recordedOn, otherRecordedOn);
    }
}
