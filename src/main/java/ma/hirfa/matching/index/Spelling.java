package ma.hirfa.matching.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.phonetic.NameCache;
import ma.hirfa.matching.phonetic.PhoneticNames;
import ma.hirfa.matching.phonetic.ScriptName;

/**
 * A name as it is spelled, script by script: the normalised words (case, accents, harakat, alef forms and
 * articles folded, compounds joined) but not their phonetic keys, so "Mohamed" and "Mohammed", or محمد and
 * مُحمد, are the same phonetically and only the last two spelled the same. Exact spelling is what tells one
 * artisan among hundreds who sound the same (ADR 0053). Beside the words: their phonetic keys (aligned), and
 * the name literally as written (case and spacing aside), which tells "Ait-Taheri" from "Aït Taheri".
 */
record Spelling(
        List<String> arabic,
        List<String> latin,
        List<String> written,
        List<String> arabicKeys,
        List<String> latinKeys,
        List<String> literal) {

    /** Articles and particles written apart or not: glued to the next word when comparing letters. */
    private static final Set<String> GLUED = Set.of(
            "el", "al", "l", "d", "ed", "es", "et", "er", "ez", "en", "ad", "as", "at", "az", "ben", "bin", "ibn",
            "ait", "ou", "bou", "abd", "abdel", "ould", "oulad");

    /** A typed word this long or longer may carry one slip (a letter left out, added, replaced or swapped). */
    static final int SLIP_LENGTH = 3;

    /**
     * The words whose neighbours are read from the index: shorter, since a slip may leave two letters ("Al ly"
     * for "Al Aly"; the article is not a word of the index).
     */
    static final int NEAR_KEY_LENGTH = 2;

    /** What a word spelled with one slip counts for, against 1 for the very word (0.9 for the names swapped). */
    static final double NEAR = 0.7;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static Spelling of(IdentityRecord r, NameCache cache) {
        ScriptName arabic = PhoneticNames.arabic(r.firstNameAr(), r.lastNameAr(), cache);
        ScriptName latin = PhoneticNames.latin(r.firstNameLat(), r.lastNameLat(), cache);
        List<String> literal = new ArrayList<>(4);
        literals(r.firstNameLat(), r.lastNameLat(), literal);
        literals(r.firstNameAr(), r.lastNameAr(), literal);
        return new Spelling(
                List.of(arabic.words()),
                List.of(latin.words()),
                written(r.firstNameLat(), r.lastNameLat()),
                List.of(arabic.skeletons()),
                List.of(latin.skeletons()),
                literal);
    }

    /** The words typed in the box, each script on its own (a query may mix them). */
    static Spelling ofQuery(String text) {
        StringBuilder arabicText = new StringBuilder();
        StringBuilder latinText = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean isArabic =
                    (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFEFF);
            (isArabic ? arabicText : latinText).appendCodePoint(c);
            (isArabic ? latinText : arabicText).append(' ');
        });
        ScriptName arabic = PhoneticNames.arabic(arabicText.toString(), null);
        ScriptName latin = PhoneticNames.latin(latinText.toString(), null);
        List<String> literal = new ArrayList<>(2);
        for (String part : List.of(latinText.toString(), arabicText.toString())) {
            String l = literal(part);
            if (!l.isEmpty()) {
                literal.add(l);
            }
        }
        return new Spelling(
                List.of(arabic.words()),
                List.of(latin.words()),
                written(latinText.toString(), null),
                List.of(arabic.skeletons()),
                List.of(latin.skeletons()),
                literal);
    }

    /**
     * Latin words letter for letter (case and accents aside), articles and particles glued to their word: "El
     * Hadad", "El-Hadad" and "Elhadad" are written alike, "Al Hadad" is not. The index keys drop articles as
     * the phonetic layer does (a broader shortlist); the score compares these.
     */
    static List<String> written(String first, String last) {
        String text = ((first == null ? "" : first) + " " + (last == null ? "" : last)).toLowerCase(Locale.ROOT);
        String folded =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        List<String> out = new ArrayList<>();
        String pending = "";
        for (String part : NOT_LETTERS.split(folded)) {
            if (part.isEmpty()) {
                continue;
            }
            if (GLUED.contains(part)) {
                pending += part;
            } else {
                out.add(pending + part);
                pending = "";
            }
        }
        if (!pending.isEmpty()) {
            out.add(pending);
        }
        return out;
    }

    /** Index keys: every unordered pair of spelled words of the same script ({@code e:a|b}). */
    Set<String> keys() {
        Set<String> out = new LinkedHashSet<>();
        pairs(arabic, out);
        pairs(latin, out);
        return out;
    }

    /**
     * The index keys of the Latin names one slip away from the typed one: each word of {@link #SLIP_LENGTH}
     * letters or more with a letter left out, added, replaced or two swapped, paired with each other typed word
     * as written; at most {@code max} keys. Read only when nobody spells the typed words so (a typo, ADR 0053).
     */
    Set<String> nearKeys(int max) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < latin.size() && i < IndexKeys.MAX_TOKENS; i++) {
            String word = latin.get(i);
            if (word.length() < NEAR_KEY_LENGTH) {
                continue;
            }
            for (String near : slips(word)) {
                for (int j = 0; j < latin.size() && j < IndexKeys.MAX_TOKENS; j++) {
                    if (j != i && !near.equals(latin.get(j))) {
                        out.add(pair(near, latin.get(j)));
                        if (out.size() >= max) {
                            return out;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Every word one slip away from {@code word}, in the letters of Latin names. */
    static Set<String> slips(String word) {
        Set<String> out = new LinkedHashSet<>();
        int n = word.length();
        for (int i = 0; i < n; i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
            if (i + 1 < n) {
                out.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
            }
        }
        for (char c = 'a'; c <= 'z'; c++) {
            for (int i = 0; i <= n; i++) {
                out.add(word.substring(0, i) + c + word.substring(i));
                if (i < n) {
                    out.add(word.substring(0, i) + c + word.substring(i + 1));
                }
            }
        }
        out.remove(word);
        return out;
    }

    /**
     * How much of this (typed) spelling the file holds, in the same script, as a share of the longer of the two
     * names: 1 for a file spelled word for word as typed (0.9 in another order), 0.85 for one word with a slip,
     * ½ for "Mohamed Alaoui" against "Muhammad Alaoui", less for a file with more names than typed; the best of
     * the two scripts.
     */
    double share(Spelling file) {
        return Math.max(share(arabic, file.arabic), share(written, file.written));
    }

    /**
     * Whether the file holds, letter for letter, one of the names typed (in the typed order or swapped): 1, or ½
     * when one slip away ("Aït Bnani" is nearer "Aït Benani" than "Ait Benani"), else 0.
     */
    double literally(Spelling file) {
        double best = 0;
        for (String l : literal) {
            for (String theirs : file.literal) {
                if (l.equals(theirs)) {
                    return 1;
                }
                if (oneSlip(l, theirs)) {
                    best = 0.5;
                }
            }
        }
        return best;
    }

    /**
     * Whether a typed word with this phonetic key is in the file with one slip (the slip changed its key:
     * "Cheraoui" for "Cherkaoui"): it then counts as held.
     */
    boolean nearlyHolds(String key, Spelling file) {
        return nearly(key, arabicKeys, arabic, file.arabic) || nearly(key, latinKeys, latin, file.latin);
    }

    private static boolean nearly(String key, List<String> keys, List<String> words, List<String> held) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).equals(key) && words.get(i).length() >= SLIP_LENGTH) {
                for (String w : held) {
                    if (oneSlip(words.get(i), w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Set of every key the file's names have, in both scripts (what the index holds as {@code t:}). */
    Set<String> tokens() {
        Set<String> out = new LinkedHashSet<>(arabicKeys);
        out.addAll(latinKeys);
        return out;
    }

    private static double share(List<String> typed, List<String> held) {
        if (typed.isEmpty() || held.isEmpty()) {
            return 0;
        }
        List<String> rest = new ArrayList<>(held);
        int same = 0;
        List<String> unmatched = new ArrayList<>();
        for (String word : typed) {
            if (rest.remove(word)) {
                same++;
            } else {
                unmatched.add(word);
            }
        }
        double near = 0;
        for (String word : unmatched) {
            for (int k = 0; k < rest.size(); k++) {
                if (word.length() >= SLIP_LENGTH && oneSlip(word, rest.get(k))) {
                    near += NEAR;
                    rest.remove(k);
                    break;
                }
            }
        }
        int longer = Math.max(typed.size(), held.size());
        double share = (same + near) / longer;
        // the same words in another order (first and family name swapped) are a little less exact
        return same == longer && !typed.equals(held) ? 0.9 : share;
    }

    /** One letter left out, added, replaced, or two neighbours swapped (a different word, not the same). */
    static boolean oneSlip(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            return a.regionMatches(i + 1, b, i + 1, la - i - 1)
                    || (i + 1 < la
                            && a.charAt(i) == b.charAt(i + 1)
                            && a.charAt(i + 1) == b.charAt(i)
                            && a.regionMatches(i + 2, b, i + 2, la - i - 2));
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }

    private static void literals(String first, String last, List<String> out) {
        String f = first == null ? "" : literal(first);
        String l = last == null ? "" : literal(last);
        if (f.isEmpty() && l.isEmpty()) {
            return;
        }
        out.add(literal(f + " " + l));
        if (!f.isEmpty() && !l.isEmpty()) {
            out.add(l + " " + f);
        }
    }

    /** Case and spacing aside, every letter and mark as typed. */
    private static String literal(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static String pair(String a, String b) {
        return IndexKeys.cut("e:" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a));
    }

    private static void pairs(Collection<String> words, Set<String> out) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(words));
        int n = Math.min(sorted.size(), IndexKeys.MAX_TOKENS);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                out.add(IndexKeys.cut("e:" + sorted.get(i) + "|" + sorted.get(j)));
            }
        }
    }
}
