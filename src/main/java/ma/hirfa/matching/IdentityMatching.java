package ma.hirfa.matching;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import ma.hirfa.matching.phonetic.PhoneticNames;
import ma.hirfa.matching.phonetic.ScriptName;
import ma.hirfa.matching.scoring.BlockingKeys;
import ma.hirfa.matching.scoring.IdentityScorer;
import ma.hirfa.matching.scoring.PreparedIdentity;

/**
 * Matching of two identity records, and the cross-script keys a register stores to find candidates. Stateless
 * and thread-safe. "محمد أوحدو", "Mohamed Ouahdou" and "OUHADDOU Mhamed" share their tokens {MHMD, HD}.
 */
public final class IdentityMatching {

    private IdentityMatching() {}

    public static IdentityKeys keys(IdentityRecord r) {
        PreparedIdentity p = PreparedIdentity.of(r);
        Set<String> tokens = new LinkedHashSet<>();
        tokens.addAll(Arrays.asList(p.arabic().skeletons()));
        tokens.addAll(Arrays.asList(p.latin().skeletons()));
        ScriptName primary = p.arabic().isEmpty() ? p.latin() : p.arabic();
        String[] sorted = primary.skeletons().clone();
        Arrays.sort(sorted);
        return new IdentityKeys(String.join(" ", sorted), tokens, BlockingKeys.of(p));
    }

    /** Phonetic keys of the words of a name typed in either script, comparable with {@link IdentityKeys#tokens()}. */
    public static Set<String> queryTokens(String freeText) {
        return PhoneticNames.tokens(freeText);
    }

    public static MatchScore compare(IdentityRecord a, IdentityRecord b) {
        return IdentityScorer.score(PreparedIdentity.of(a), PreparedIdentity.of(b));
    }
}
