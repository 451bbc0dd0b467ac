package ma.hirfa.matching;

import java.util.Set;

/**
 * Cross-script keys of a record. {@code nameKey} is the sorted phonetic skeleton of the full name (Arabic
 * script when present, otherwise Latin), {@code tokens} the phonetic skeletons of every name token in both
 * scripts (what {@link IdentityMatching#queryTokens(String)} produces for a typed name), and {@code
 * blockingKeys} the keys under which two records that may be the same person meet.
 */
public record IdentityKeys(String nameKey, Set<String> tokens, Set<String> blockingKeys) {

    public IdentityKeys {
        tokens = Set.copyOf(tokens);
        blockingKeys = Set.copyOf(blockingKeys);
    }
}
