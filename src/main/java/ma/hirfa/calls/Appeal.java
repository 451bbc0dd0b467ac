package ma.hirfa.calls;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** An appeal against the published results, and the manager's decision once taken. */
record Appeal(
        long id,
        long callId,
        long applicationId,
        String grounds,
        String lodgedBy,
        OffsetDateTime lodgedAt,
        Outcome outcome,
        BigDecimal revisedScore,
        String reason,
        String decidedBy,
        OffsetDateTime decidedAt) {

    enum Outcome {
        UPHELD,
        REJECTED
    }

    boolean pending() {
        return outcome == null;
    }
}
