package ma.hirfa.platform.transfer;

import java.util.List;

/**
 * New rows to write, with where they come from: the job, the batch number (stable across a resume) and the
 * row numbers of the file, for the audit record.
 *
 * @param <T> the normalised row
 */
public record ImportBatch<T>(long jobId, int number, String fileSha256, long firstRow, long lastRow, List<T> rows) {}
