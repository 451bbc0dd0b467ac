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

    /** Loading counts for 60 %, matching 20 %, saving the rest. */
    public int percent() {
        if ("DONE".equals(state)) {
            return 100;
        }
        if (!"RUNNING".equals(state) || totalRecords == 0) {
            return 0;
        }
        return switch (phase) {
            case "LOADING" -> (int) (60 * doneRecords / totalRecords);
            case "MATCHING" -> 60;
            default -> 80 + (pairsFound == 0 ? 20 : (int) (20 * doneRecords / Math.max(1, pairsFound)));
        };
    }
}
