package ma.hirfa.platform.transfer;

import java.util.List;

/**
 * One pass of an {@link ImportKind} over a file. {@code T} is the normalised row.
 *
 * @param <T> the normalised row
 */
public interface ImportSession<T> {

    /** Checks and normalises one row; never touches the database for writing. */
    RowCheck<T> validate(ImportRow row);

    /**
     * Classifies a batch of valid rows against what the database already holds: one answer per row, in order
     * ({@link Classification#NEW} or {@link Classification#DUPLICATE_OF_EXISTING}).
     */
    List<Classification> classify(List<T> rows);

    /**
     * Like {@link #classify} with notes for the row report; kinds that refuse or hold rows after looking at
     * the database override this one (then {@link #classify} is not called). Rows judged {@link
     * Classification#NEW} or {@link Classification#HELD} reach {@link #commit}.
     */
    default List<RowVerdict> judge(List<T> rows) {
        return classify(rows).stream().map(RowVerdict::of).toList();
    }

    /**
     * Commit pass only: called on the reader's thread with the valid rows of each batch (after the checkpoint,
     * in file order) while the previous batch is written (ADR 0052). A kind may do here the work of its {@link
     * #commit} that needs no transaction — encoding, sorting, reading — and return it: {@code commit} receives
     * it in {@link ImportBatch#prepared()}, and must check that it was prepared for the same rows (a {@link
     * #judge} may have dropped some). Must not write. Nothing by default.
     */
    default Object prepare(ImportBatch<T> batch) {
        return null;
    }

    /**
     * Writes the new (and held) rows of a batch. Called inside the transaction that also stores the job's checkpoint,
     * so a batch is written entirely or not at all; must itself skip rows that became duplicates since
     * {@link #classify}. Returns how many rows were written (applied; held rows kept for review are not counted).
     */
    int commit(ImportBatch<T> batch);
}
