package ma.hirfa.infrastructure.lease;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.hirfa.platform.PlausibleDates;
import ma.hirfa.platform.Refusal;

/**
 * The bounds of a lease's dates and amounts, checked by the service whatever the door (page, API, allocation):
 * dates in {@link PlausibleDates}, the end after the start and at most {@value #MAX_YEARS} years later, a monthly
 * rent above zero and at most {@link #MAX_RENT}, a deposit from zero to {@link #MAX_AMOUNT}.
 */
final class Terms {

    static final int MAX_YEARS = 10;
    static final BigDecimal MAX_RENT = new BigDecimal("100000");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    private Terms() {}

    static void check(LocalDate startsOn, LocalDate endsOn, BigDecimal rent, BigDecimal deposit) {
        PlausibleDates.check("startsOn", startsOn);
        PlausibleDates.check("endsOn", endsOn);
        Refusal refusal = Refusal.invalid();
        if (!endsOn.isAfter(startsOn)) {
            refusal.field("endsOn", "infrastructure.lease.endsOn.beforeStart");
        } else if (endsOn.isAfter(startsOn.plusYears(MAX_YEARS))) {
            refusal.field("endsOn", "infrastructure.lease.endsOn.tooLong", MAX_YEARS);
        }
        amount(refusal, "monthlyRent", rent, false, MAX_RENT);
        amount(refusal, "deposit", deposit, true, MAX_AMOUNT);
        refusal.throwIfAny();
    }

    /** A sum of dirhams: above zero (or zero when {@code zeroAllowed}), at most {@code max}, in centimes. */
    static void amount(Refusal refusal, String field, BigDecimal value, boolean zeroAllowed, BigDecimal max) {
        if (value == null) {
            return;
        }
        boolean tooSmall = zeroAllowed ? value.signum() < 0 : value.signum() <= 0;
        if (tooSmall || value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > 2) {
            refusal.field(field, "infrastructure.amount.range", zeroAllowed ? 0 : "0.01", max);
        }
    }

    /**
     * One due a month from the start, on the same day of the month, for each month that begins before the last
     * day; only those from {@code from} on (a renewal adds the months after the old end).
     */
    static List<LocalDate> schedule(LocalDate from, LocalDate startsOn, LocalDate endsOn) {
        List<LocalDate> days = new ArrayList<>();
        for (int m = 0; ; m++) {
            LocalDate day = startsOn.plusMonths(m);
            if (!day.isBefore(endsOn)) {
                return days;
            }
            if (!day.isBefore(from)) {
                days.add(day);
            }
        }
    }
}
