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

/**
 * A name as it is spelled, script by script: the normalised words (case, accents, harakat, alef forms and
 * articles folded, compounds joined) but not their phonetic keys, so "Mohamed" and "Mohammed", or محمد and
 * مُحمد, are the same phonetically and only the last two spelled the same. Exact spelling is what tells one
 * artisan among hundreds who sound the same (ADR 0053).
 */
record Spelling(List<String> arabic, List<String> latin, List<String> written) {

    /** Articles and particles written apart or not: glued to the next word when comparing letters. */
    private static final Set<String> GLUED = Set.of(
            "el", "al", "l", "d", "ed", "es", "et", "er", "ez", "en", "ad", "as", "at", "az", "ben", "bin", "ibn",
            "ait", "ou", "bou", "abd", "abdel", "ould", "oulad");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    static Spelling of(IdentityRecord r, NameCache cache) {
        return new Spelling(
                List.of(PhoneticNames.arabic(r.firstNameAr(), r.lastNameAr(), cache)
                        .words()),
                List.of(PhoneticNames.latin(r.firstNameLat(), r.lastNameLat(), cache)
                        .words()),
                written(r.firstNameLat(), r.lastNameLat()));
    }

    /** The words typed in the box, each script on its own (a query may mix them). */
    static Spelling ofQuery(String text) {
        StringBuilder arabic = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean isArabic =
                    (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFEFF);
            (isArabic ? arabic : latin).appendCodePoint(c);
            (isArabic ? latin : arabic).append(' ');
        });
        return new Spelling(
                List.of(PhoneticNames.arabic(arabic.toString(), null).words()),
                List.of(PhoneticNames.latin(latin.toString(), null).words()),
                written(latin.toString(), null));
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
     * How much of this (typed) spelling the file holds, in the same script, as a share of the longer of the two
     * names: 1 for a file spelled word for word as typed (0.9 in another order), ½ for "Mohamed Alaoui" against
     * "Mohammed Alaoui", less for a file with more names than typed; the best of the two scripts.
     */
    double share(Spelling file) {
        return Math.max(share(arabic, file.arabic), share(written, file.written));
    }

    private static double share(List<String> typed, List<String> held) {
        if (typed.isEmpty() || held.isEmpty()) {
            return 0;
        }
        List<String> rest = new ArrayList<>(held);
        int same = 0;
        for (String word : typed) {
            if (rest.remove(word)) {
                same++;
            }
        }
        double share = (double) same / Math.max(typed.size(), held.size());
        // the same words in another order (first and family name swapped) are a little less exact
        return share == 1 && !typed.equals(held) ? 0.9 : share;
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
