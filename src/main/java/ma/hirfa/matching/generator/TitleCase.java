package ma.hirfa.matching.generator;

/** Python's {@code str.title()} and {@code str.capitalize()}, as gen_artisans.py uses them. */
final class TitleCase {

    private TitleCase() {}

    static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean afterLetter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(afterLetter ? Character.toLowerCase(c) : Character.toUpperCase(c));
            afterLetter = Character.isLetter(c);
        }
        return out.toString();
    }

    static String capitalize(String s) {
        return s.isEmpty()
                ? s
                : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase();
    }
}
