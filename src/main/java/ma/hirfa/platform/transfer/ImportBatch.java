package ma.hirfa.platform.transfer;

import java.util.List;

/**
 * New rows to write, with where they come from: the job, the batch number (stable across a resume) and the
 * row numbers of the file, for the audit record; and what the kind's {@link ImportSession#prepare} returned for
 * the batch's valid rows on the reader's thread (null when nothing was prepared).
 *
 * @param <T> the normalised row
 */
public record ImportBatch<T>(
        long jobId, int number, String fileSha256, long firstRow, long lastRow, List<T> rows, Object prepared) {

    public ImportBatch(long jobId, int number, String fileSha256, long firstRow, long lastRow, List<T> rows) {
        this(jobId, number, fileSha256, firstRow, lastRow, rows, null);
    }
}
