package ma.hirfa.matching;

import java.time.Instant;

/**
 * A batch duplicate scan as the page shows it: QUEUED, RUNNING (phase LOADING, MATCHING, SAVING), DONE or
 * FAILED, with how many files are read and how many pairs were found and newly queued.
 */
public record DuplicateScan(
        long id,
        String regionCode,
        String state,
        String phase,
        long totalRecords,
        long doneRecords,
        long pairsFound,
        long pairsNew,
        String requestedBy,
        Instant requestedAt,
        Instant finishedAt) {

    public boolean active() {
        return "QUEUED".equals(state) || "RUNNING".equals(state);
    }

    /**
     * Reading the files counts for half, comparing for the other half ({@code doneRecords} is then the position
     * of the last file whose pairs are scored and saved); SAVING is the phase a finished scan keeps.
     */
    public int percent() {
        if ("DONE".equals(state)) {
            return 100;
        }
        if (!"RUNNING".equals(state) || totalRecords == 0) {
            return 0;
        }
        return switch (phase) {
            case "LOADING" -> (int) (50 * Math.min(doneRecords, totalRecords) / totalRecords);
            case "MATCHING" -> 50 + (int) (50 * Math.min(doneRecords, totalRecords) / totalRecords);
            default -> 100;
        };
    }
}
