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
}
