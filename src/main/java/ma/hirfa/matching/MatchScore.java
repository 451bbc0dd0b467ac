package ma.hirfa.matching;

import java.util.List;

/**
 * How likely two records are the same person, from 0 to 1, with the reasons (agreeing and disagreeing
 * fields). The model and its thresholds are described in ADR 0012.
 */
public record MatchScore(double score, List<MatchReason> reasons) {

    /** At or above this score the two records are judged to be the same person. */
    public static final double SAME_PERSON = 0.85;

    /** At or above this score a pair is worth showing to a reviewer as a possible duplicate. */
    public static final double CANDIDATE = 0.5;

    public MatchScore {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be within 0..1: " + score);
        }
        reasons = List.copyOf(reasons);
    }

    public boolean samePerson() {
        return score >= SAME_PERSON;
    }

    public boolean candidate() {
        return score >= CANDIDATE;
    }
}
