package ma.hirfa.platform.list;

import java.util.Arrays;
import java.util.List;

/** One choice of a select filter: its value and its label, translated from a key or already in the reader's language. */
public record ListOption(String value, String labelKey, String label) {

    /** The values of an enum, labelled by {@code <prefix>.<NAME>} keys. */
    public static List<ListOption> of(Enum<?>[] values, String keyPrefix) {
        return Arrays.stream(values)
                .map(v -> new ListOption(v.name(), keyPrefix + "." + v.name(), null))
                .toList();
    }

    public static ListOption named(String value, String label) {
        return new ListOption(value, null, label);
    }
}
