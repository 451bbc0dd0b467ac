package ma.hirfa.coverage.rights;

import java.util.List;

/** A sentence in plain words, as a message key and its arguments (months and numbers already written out). */
public record Explanation(String key, List<String> args) {

    public static Explanation of(String key, Object... args) {
        return new Explanation(
                key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public Object[] arguments() {
        return args.toArray();
    }

    /**
     * The arguments for a page: each kept left to right inside its own bidi isolate (U+2066 … U+2069), so that a
     * month such as 2024-04 is not shown as 04-2024 inside an Arabic sentence; a word joiner (U+2060) after each
     * hyphen keeps a date on one line on a phone.
     */
    public Object[] isolatedArguments() {
        return args.stream()
                .map(a -> "\u2066" + a.replace("-", "-\u2060") + "\u2069")
                .toArray();
    }
}
