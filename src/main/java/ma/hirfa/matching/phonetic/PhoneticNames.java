package ma.hirfa.matching.phonetic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Entry point of the phonetic layer: names of either script to {@link ScriptName}s and token keys. */
public final class PhoneticNames {

    private PhoneticNames() {}

    public static ScriptName arabic(String firstName, String lastName) {
        return build(ArabicNames.words(firstName), ArabicNames.words(lastName), true);
    }

    public static ScriptName latin(String firstName, String lastName) {
        return build(LatinNames.words(firstName), LatinNames.words(lastName), false);
    }

    /** Phonetic keys of every word of a text typed in either script (or both, mixed). */
    public static Set<String> tokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        if (text == null) {
            return tokens;
        }
        StringBuilder arabic = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (ArabicNames.isArabicLetter(c)) {
                arabic.appendCodePoint(c);
                latin.append(' ');
            } else {
                latin.appendCodePoint(c);
                arabic.append(' ');
            }
        });
        for (String word : ArabicNames.words(arabic.toString())) {
            tokens.add(ArabicNames.skeleton(word));
        }
        for (String word : LatinNames.words(latin.toString())) {
            tokens.add(LatinNames.skeleton(word));
        }
        return tokens;
    }

    private static ScriptName build(List<String> first, List<String> last, boolean arabic) {
        if (first.isEmpty() && last.isEmpty()) {
            return ScriptName.NONE;
        }
        List<String> all = new ArrayList<>(first.size() + last.size());
        all.addAll(first);
        all.addAll(last);
        String[] skeletons = new String[all.size()];
        for (int i = 0; i < skeletons.length; i++) {
            skeletons[i] = arabic ? ArabicNames.skeleton(all.get(i)) : LatinNames.skeleton(all.get(i));
        }
        return new ScriptName(String.join(" ", all), skeletons, first.size());
    }
}
