package ma.hirfa.matching.phonetic;

/**
 * The shared reduced alphabet both scripts map to, and the clean-up applied to every token key once its
 * letters are mapped: consonant classes only (vowels, ع, ء, w and y carry no key), doubled classes collapsed,
 * a final H dropped (ة/ه versus a final "a" or "ah"), a leading L dropped when two more consonants follow
 * (the article fused in Latin: Lahcen/الحسن, Larbi/العربي).
 *
 * <pre>
 * B  ب پ  b p        T  ت ط ث  t th        D  د ض ذ ظ  d dh       J  ج  j dj g(e,i)
 * K  ك ق غ خ گ ڭ  k q g c kh gh ck       H  ه ح  h        C  ش  ch sh
 * S  س ص  s c(e,i) ç    Z  ز  z        F  ف ڤ  f v ph   L M N R  ل م ن ر
 * </pre>
 */
final class Skeletons {

    /** The key of a token whose letters are all vowels (Aya, آية). */
    static final String VOWELS_ONLY = "A";

    private Skeletons() {}

    /** Collapses doubled classes in {@code raw} and drops the article's L and a final H. */
    static String finish(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        if (out.length() > 1 && out.charAt(out.length() - 1) == 'H') {
            out.setLength(out.length() - 1);
        }
        if (out.length() >= 3 && out.charAt(0) == 'L') {
            out.deleteCharAt(0);
        }
        return out.toString();
    }

    /** Joins the keys of the parts of a compound (عبد + الله, ben + ali) and collapses across the seam. */
    static String join(String head, String rest) {
        if (head.isEmpty() || head.equals(VOWELS_ONLY)) {
            return rest;
        }
        if (rest.isEmpty() || rest.equals(VOWELS_ONLY)) {
            return head;
        }
        return head.charAt(head.length() - 1) == rest.charAt(0) ? head + rest.substring(1) : head + rest;
    }
}
