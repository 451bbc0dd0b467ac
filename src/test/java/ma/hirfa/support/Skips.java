package ma.hirfa.support;

/** Prints what a local run could not test, so that a green build never hides it. */
public final class Skips {

    private Skips() {}

    public static void announce(String title, String detail) {
        String bar = "*".repeat(78);
        System.err.printf("%n%s%n*** %s%n*** %s%n%s%n%n", bar, title, detail, bar);
    }
}
