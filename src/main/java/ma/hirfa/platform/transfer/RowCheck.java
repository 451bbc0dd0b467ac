package ma.hirfa.platform.transfer;

import java.util.List;

/**
 * The outcome of validating a row: either a normalised value with its identity key (rows of one file with
 * the same key are duplicates of each other; null when the kind has none) or the problems found.
 *
 * @param <T> the normalised row
 */
public record RowCheck<T>(T value, String identityKey, List<RowProblem> problems) {

    public static <T> RowCheck<T> valid(T value, String identityKey) {
        return new RowCheck<>(value, identityKey, List.of());
    }

    public static <T> RowCheck<T> invalid(List<RowProblem> problems) {
        return new RowCheck<>(null, null, List.copyOf(problems));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
