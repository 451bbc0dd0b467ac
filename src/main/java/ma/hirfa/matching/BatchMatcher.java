package ma.hirfa.matching;

import java.util.List;
import ma.hirfa.matching.batch.DuplicateFinder;

/**
 * Finds every pair of records of a list that are the same person: blocking on cross-script phonetic keys,
 * national id and phone (blocks of common names capped), pairs scored in parallel. Pairs come sorted by
 * their position in the list; {@code recordIdA} is the record that comes first.
 */
public final class BatchMatcher {

    private BatchMatcher() {}

    public static List<MatchPair> pairs(List<IdentityRecord> records, int threads) {
        return new DuplicateFinder(records, Math.max(1, threads)).pairs();
    }
}
