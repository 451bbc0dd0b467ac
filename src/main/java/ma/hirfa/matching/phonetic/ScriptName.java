package ma.hirfa.matching.phonetic;

import java.util.Arrays;

/**
 * A person's name in one script after normalisation: the normalised {@code words} (compounds joined) and the
 * phonetic key of each word, first-name words before {@code firstCount}, family-name words after.
 */
public record ScriptName(String[] words, String[] skeletons, int firstCount) {

    private static final String[] NO_WORDS = new String[0];

    public static final ScriptName NONE = new ScriptName(NO_WORDS, NO_WORDS, 0);

    public boolean isEmpty() {
        return skeletons.length == 0;
    }

    /** Same normalised spelling, word for word (أحمد and احمد are spelled the same; Ahmed and Ahmad are not). */
    public boolean sameSpelling(ScriptName other) {
        return Arrays.equals(words, other.words) && firstCount == other.firstCount;
    }

    public String spelling() {
        return String.join(" ", words);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScriptName that
                && firstCount == that.firstCount
                && Arrays.equals(words, that.words)
                && Arrays.equals(skeletons, that.skeletons);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words) * 31 + firstCount;
    }

    @Override
    public String toString() {
        return spelling() + " " + Arrays.toString(skeletons);
    }
}
