package ma.hirfa.coverage.rights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;

/**
 * Whether a claim is owed retroactively: the fund rejected it for rights although the artisan was entitled on
 * the care date. Beside it, the fund's view on the decision date, which shows why the fund refused (typically
 * payments it recorded late). A reimbursed claim is never owed.
 */
public final class Retroactive {

    private Retroactive() {}

    public record Claim(LocalDate careDate, ClaimDecision decision, RejectionReason reason, LocalDate decidedOn) {}

    public record Assessment(
            boolean owed, RetroactivePolicy policy, Rights entitledOnCareDate, Rights fundOnDecision) {}

    /**
     * @param today the date of the assessment: under the amnesty policy payments up to this day count.
     */
    public static Assessment assess(
            Claim claim,
            LocalDate enrolledOn,
            Collection<Payment> payments,
            ParameterTimeline parameters,
            RetroactivePolicy policy,
            LocalDate today) {
        YearMonth careMonth = YearMonth.from(claim.careDate());
        LocalDate counted =
                policy == RetroactivePolicy.AMNESTY && today.isAfter(claim.careDate()) ? today : claim.careDate();
        Rights entitled = RightsRule.status(careMonth, counted, RightsBasis.ENTITLED, enrolledOn, payments, parameters);
        Rights fund = RightsRule.status(
                careMonth,
                claim.decidedOn() == null ? today : claim.decidedOn(),
                RightsBasis.FUND,
                enrolledOn,
                payments,
                parameters);
        boolean owed = claim.decision() == ClaimDecision.REJECTED
                && claim.reason() == RejectionReason.RIGHTS
                && entitled.open();
        return new Assessment(owed, policy, entitled, fund);
    }
}
