package ma.hirfa.matching;

import java.time.Instant;
import java.util.List;

/**
 * Two files that may be one person, as the review queue holds them: {@code state} is PENDING, NOT_DUPLICATE
 * (never proposed again) or MERGED (into {@code survivorId}); {@code source} is ENTRY (an agent went on
 * despite the warning) or SCAN (batch detection).
 */
public record DuplicatePair(
        long id,
        long artisanA,
        long artisanB,
        String regionA,
        String regionB,
        double score,
        List<MatchReason> reasons,
        String source,
        String state,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Long survivorId) {

    public int percent() {
        return (int) Math.round(score * 100);
    }

    /** How the score is told on the review screens (the same bands as the search). */
    public MatchBand band() {
        return MatchBand.of(score);
    }

    public long other(long artisanId) {
        return artisanId == artisanA ? artisanB : artisanA;
    }
}
