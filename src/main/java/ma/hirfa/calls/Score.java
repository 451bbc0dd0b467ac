package ma.hirfa.calls;

import java.time.OffsetDateTime;

/** One member's score of one criterion for one application. */
record Score(
        long memberId,
        long applicationId,
        CriterionCode code,
        int score,
        String justification,
        OffsetDateTime scoredAt) {}
