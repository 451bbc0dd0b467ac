package ma.hirfa.coverage.fund;

/**
 * To whom a row belongs: found by national id or fund number, proposed by the matching engine (never applied
 * without an officer), or unknown. {@code nameDisagrees} flags a row found by id whose name differs.
 */
record FundMatch(Long artisanId, Long proposedArtisanId, Double score, String how, boolean nameDisagrees) {

    static FundMatch found(long artisanId, String how, boolean nameDisagrees) {
        return new FundMatch(artisanId, null, null, how, nameDisagrees);
    }

    static FundMatch proposed(long artisanId, double score) {
        return new FundMatch(null, artisanId, score, "matching", false);
    }

    static FundMatch unknown() {
        return new FundMatch(null, null, null, null, false);
    }
}
