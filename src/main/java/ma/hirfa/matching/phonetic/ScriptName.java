package ma.hirfa.matching.phonetic;

import java.util.Arrays;

/**
 * A person's name in one script after normalisation: {@code spelling} is the normalised full name (compounds
 * joined, for "same spelling" checks) and {@code skeletons} the phonetic key of each token, first-name tokens
 * before {@code firstCount}, family-name tokens after.
 */
public record ScriptName(String spelling, String[] skeletons, int firstCount) {

    public static final ScriptName NONE = new ScriptName("", new String[0], 0);

    public boolean isEmpty() {
        return skeletons.length == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScriptName that
                && spelling.equals(that.spelling)
                && firstCount == that.firstCount
                && Arrays.equals(skeletons, that.skeletons);
    }

    @Override
    public int hashCode() {
        return spelling.hashCode() * 31 + Arrays.hashCode(skeletons);
    }

    @Override
    public String toString() {
        return spelling + " " + Arrays.toString(skeletons);
    }
}
