package ma.hirfa.coverage;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fund rejected a claim for rights although the artisan was entitled on the care date: the chamber now
 * owes it a follow-up (letter, resubmission). Published when the rejection is recorded, by hand or from the
 * fund's file, in the same transaction.
 */
public record ClaimOwed(
        long claimId, long artisanId, String regionCode, LocalDate careDate, BigDecimal amountClaimed) {}
