package ma.hirfa.matching.phonetic;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Entry point of the phonetic layer: names of either script to {@link ScriptName}s and token keys. */
public final class PhoneticNames {

    /** Names longer than this many words are cut (pairing keeps a bit per word in a long). */
    static final int MAX_WORDS = 12;

    private PhoneticNames() {}

    public static ScriptName arabic(String firstName, String lastName) {
        return combine(arabicField(firstName), arabicField(lastName));
    }

    public static ScriptName latin(String firstName, String lastName) {
        return combine(latinField(firstName), latinField(lastName));
    }

    /** As {@link #arabic(String, String)}, reusing the fields already normalised in {@code cache}. */
    public static ScriptName arabic(String firstName, String lastName, NameCache cache) {
        return combine(
                blank(firstName) ? NameField.EMPTY : cache.arabic(firstName),
                blank(lastName) ? NameField.EMPTY : cache.arabic(lastName));
    }

    /** As {@link #latin(String, String)}, reusing the fields already normalised in {@code cache}. */
    public static ScriptName latin(String firstName, String lastName, NameCache cache) {
        return combine(
                blank(firstName) ? NameField.EMPTY : cache.latin(firstName),
                blank(lastName) ? NameField.EMPTY : cache.latin(lastName));
    }

    static NameField arabicField(String text) {
        if (blank(text)) {
            return NameField.EMPTY;
        }
        List<String> words = capped(ArabicNames.words(text));
        String[] skeletons = new String[words.size()];
        for (int i = 0; i < skeletons.length; i++) {
            skeletons[i] = ArabicNames.skeleton(words.get(i));
        }
        return new NameField(words.toArray(String[]::new), skeletons);
    }

    static NameField latinField(String text) {
        if (blank(text)) {
            return NameField.EMPTY;
        }
        List<String> words = capped(LatinNames.words(text));
        String[] skeletons = new String[words.size()];
        for (int i = 0; i < skeletons.length; i++) {
            skeletons[i] = LatinNames.skeleton(words.get(i));
        }
        return new NameField(words.toArray(String[]::new), skeletons);
    }

    private static List<String> capped(List<String> words) {
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static ScriptName combine(NameField first, NameField last) {
        if (first.isEmpty() && last.isEmpty()) {
            return ScriptName.NONE;
        }
        if (last.isEmpty()) {
            return new ScriptName(first.words(), first.skeletons(), first.words().length);
        }
        if (first.isEmpty()) {
            return new ScriptName(last.words(), last.skeletons(), 0);
        }
        return new ScriptName(
                concat(first.words(), last.words()), concat(first.skeletons(), last.skeletons()), first.words().length);
    }

    private static String[] concat(String[] a, String[] b) {
        int n = Math.min(a.length + b.length, MAX_WORDS);
        String[] all = new String[n];
        for (int i = 0; i < n; i++) {
            all[i] = i < a.length ? a[i] : b[i - a.length];
        }
        return all;
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
}
