package ma.hirfa.matching.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entries of the inverted index for a set of phonetic tokens: each token ({@code t:KEY}) and each
 * unordered pair of tokens ({@code p:A|B}). A pair is rare even when both names are common ("Mohamed
 * Alaoui"), so a two-word search reads a handful of rows instead of every "Mohamed". Beside them, the pairs of
 * words as spelled ({@link Spelling}, {@code e:a|b}), rarer still, which the search weighs above the phonetic ones.
 */
public final class IndexKeys {

    /**
     * The version of what the index holds for an artisan: raise it whenever the keys change (the phonetic rules,
     * the kinds of keys); {@link KeysUpgrade} then re-indexes every older row in the background (ADR 0053). 1:
     * phonetic tokens and pairs; 2: plus exact-spelling pairs ({@code e:a|b}).
     */
    public static final int VERSION = 2;

    static final int MAX_LENGTH = 120;
    static final int MAX_TOKENS = 6;

    private IndexKeys() {}

    public static List<String> singles(Collection<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String t : limited(tokens)) {
            out.add(cut("t:" + t));
        }
        return out;
    }

    public static List<String> pairs(Collection<String> tokens) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(limited(tokens)));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                out.add(cut("p:" + sorted.get(i) + "|" + sorted.get(j)));
            }
        }
        return out;
    }

    public static Set<String> all(Collection<String> tokens) {
        Set<String> out = new LinkedHashSet<>(singles(tokens));
        out.addAll(pairs(tokens));
        return out;
    }

    private static List<String> limited(Collection<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String t : tokens) {
            if (t != null && !t.isBlank() && out.size() < MAX_TOKENS && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static String cut(String key) {
        return key.length() <= MAX_LENGTH ? key : key.substring(0, MAX_LENGTH);
    }
}
