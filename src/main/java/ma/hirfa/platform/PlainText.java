package ma.hirfa.platform;

/**
 * Hirfa's one rule for the characters of a typed name or text (ADR 0036, 0042): any script, any punctuation (the
 * Arabic comma, semicolon and question mark included), Arabic harakat and Tifinagh, but no character that shows
 * nothing or shows something else than it is:
 *
 * <ul>
 *   <li>controls (C0, DEL, C1; NUL is an error in PostgreSQL) other than tab and line breaks;
 *   <li>every invisible format character (Unicode category Cf): bidi embeddings, overrides and isolates, the
 *       Arabic letter mark U+061C, the Arabic number signs U+0600–U+0605, zero-width characters — the non-joiner
 *       U+200C included, see ADR 0042 —, the byte-order mark, the word joiner, soft hyphen, tag characters;
 *   <li>variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF) and the combining grapheme joiner U+034F;
 *   <li>a lone surrogate, which no database can store;
 *   <li>more than {@value #MAX_MARKS} combining marks in a row (a shadda with a haraka is two; a longer stack draws
 *       over the neighbouring lines).
 * </ul>
 *
 * Such a character makes a name look like another one on screen while comparing differently, and can reorder
 * what follows it in a list or a PDF.
 *
 * <p>The platform applies it to every text a page form or an API request carries; imports and services may ask it
 * directly.
 */
public final class PlainText {

    /** The message key that names the fault next to its field. */
    public static final String INVISIBLE_KEY = "platform.text.invisible";

    /** The most combining marks (Mn, Me) one letter may carry. */
    static final int MAX_MARKS = 3;

    private PlainText() {}

    /** True when the text holds no forbidden character (null is plain). */
    public static boolean isPlain(CharSequence text) {
        return text == null || firstForbidden(text) < 0;
    }

    /** The index (in chars) of the first forbidden character, or of the mark that makes a run too long, or -1. */
    public static int firstForbidden(CharSequence text) {
        int marks = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            if (forbidden(c)) {
                return i;
            }
            int type = Character.getType(c);
            marks = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK ? marks + 1 : 0;
            if (marks > MAX_MARKS) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    static boolean forbidden(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL // C0, DEL, C1
                || type == Character.FORMAT // Cf: bidi, U+061C, U+0600–0605, zero-width, BOM, tags…
                || type == Character.SURROGATE // a half pair only: whole pairs are read as one code point
                || c == 0x034F // combining grapheme joiner
                || (c >= 0xFE00 && c <= 0xFE0F) // variation selectors
                || (c >= 0xE0100 && c <= 0xE01EF); // variation selectors supplement
    }
}
