package ma.hirfa.matching;

import java.util.Set;

/**
 * Cross-script keys of a record. {@code nameKey} is the sorted phonetic skeleton of the full name (Arabic
 * script when present, otherwise Latin), {@code tokens} the phonetic skeletons of every name token in both
 * scripts (what {@link IdentityMatching#queryTokens(String)} produces for a typed name), and {@code
 * blockingKeys} the keys under which two records that may be the same person meet: {@code n:<national id>},
 * {@code p:<phone>}, {@code t:<key>|<key>} for each pair of name keys (sorted, so order does not matter),
 * {@code d:<key>|<yyyy·low·high>} for each name key with the birth date, day and month in ascending order.
 * Store them in an index and compare a new record with the records that share at least one key.
 */
public record IdentityKeys(String nameKey, Set<String> tokens, Set<String> blockingKeys) {

    public IdentityKeys {
        tokens = Set.copyOf(tokens);
        blockingKeys = Set.copyOf(blockingKeys);
    }
}
