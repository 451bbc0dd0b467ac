package ma.hirfa.matching;

import java.util.List;

/**
 * One result of a search or one duplicate candidate: which artisan, how close (0..1), what was found equal
 * ({@code matchedOn}: NAME, NATIONAL_ID or REGISTRATION_NUMBER) and the reasons of the comparison.
 */
public record IdentityHit(long artisanId, double score, String matchedOn, List<MatchReason> reasons) {

    public int percent() {
        return (int) Math.round(score * 100);
    }

    /** How the score is told to people (the same bands as the duplicate screens). */
    public MatchBand band() {
        return MatchBand.of(score);
    }

    /** Whether the comparison judged the names different: such a hit is not shown as a match. */
    public boolean differentName() {
        return reasons.contains(MatchReason.NAME_DIFFERENT) && !reasons.contains(MatchReason.NATIONAL_ID_EQUAL);
    }
}
