package ma.hirfa.platform.transfer;

import java.util.List;

/**
 * What a kind says of a valid row once compared with the database: its classification and, optionally, notes
 * shown in the row report (why a row is refused or held, a warning on a new row).
 */
public record RowVerdict(Classification classification, List<RowProblem> notes) {

    public RowVerdict {
        notes = List.copyOf(notes);
    }

    public static RowVerdict of(Classification classification) {
        return new RowVerdict(classification, List.of());
    }

    public static RowVerdict of(Classification classification, RowProblem note) {
        return new RowVerdict(classification, List.of(note));
    }

    /** Whether the commit receives this row: new rows are written, held rows are kept for review. */
    boolean written() {
        return classification == Classification.NEW || classification == Classification.HELD;
    }
}
