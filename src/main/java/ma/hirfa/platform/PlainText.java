package ma.hirfa.platform;

/**
 * Hirfa's one rule for the characters of a typed name or text (ADR 0036): any script, any punctuation (the Arabic
 * comma, semicolon and question mark included), but no invisible direction or format character — bidi embeddings,
 * overrides and isolates, the Arabic letter mark, zero-width characters, the byte-order mark, the word joiner — and
 * no control character other than tab and line breaks. Such a character makes a name look like another one on
 * screen while comparing differently, and can reorder what follows it in a list or a PDF.
 *
 * <p>The platform applies it to every text a page form or an API request carries; imports and services may ask it
 * directly.
 */
public final class PlainText {

    /** The message key that names the fault next to its field. */
    public static final String INVISIBLE_KEY = "platform.text.invisible";

    private PlainText() {}

    /** True when the text holds no forbidden character (null is plain). */
    public static boolean isPlain(CharSequence text) {
        return text == null || firstForbidden(text) < 0;
    }

    /** The index of the first forbidden character, or -1. */
    public static int firstForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean forbidden(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 // C0 controls, NUL included
                || (c >= 0x7F && c <= 0x9F) // DEL and C1 controls
                || c == 0x061C // Arabic letter mark
                || (c >= 0x200B && c <= 0x200F) // zero-width space, non-joiner, joiner; LRM, RLM
                || (c >= 0x202A && c <= 0x202E) // embeddings, pop, overrides
                || (c >= 0x2060 && c <= 0x2064) // word joiner and invisible operators
                || (c >= 0x2066 && c <= 0x2069) // isolates
                || c == 0xFEFF; // byte-order mark / zero-width no-break space
    }
}
