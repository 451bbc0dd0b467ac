package ma.hirfa.matching;

/**
 * The one way a match score is told to people, on the search and on the duplicate screens: a percentage and
 * one of these bands, explained in the same legend. The limits are the engine's (ADR 0012, 0037): from
 * {@link MatchScore#SAME_PERSON} the engine calls it the same person, from
 * {@link IdentitySearch#CANDIDATE_THRESHOLD} an entry form warns, from {@link MatchScore#CANDIDATE} a pair is
 * worth a reviewer's look.
 */
public enum MatchBand {
    STRONG(MatchScore.SAME_PERSON),
    PROBABLE(IdentitySearch.CANDIDATE_THRESHOLD),
    POSSIBLE(MatchScore.CANDIDATE),
    WEAK(0);

    private final double from;

    MatchBand(double from) {
        this.from = from;
    }

    public static MatchBand of(double score) {
        for (MatchBand band : values()) {
            if (score >= band.from) {
                return band;
            }
        }
        return WEAK;
    }

    /** The lowest percentage of the band, for the legend. */
    public int fromPercent() {
        return (int) Math.round(from * 100);
    }

    public String messageKey() {
        return "matching.band." + name();
    }
}
