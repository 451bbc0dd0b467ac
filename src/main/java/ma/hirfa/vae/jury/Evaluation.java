package ma.hirfa.vae.jury;

import java.time.OffsetDateTime;

/** The jury's assessment of one competency of one candidate. */
public record Evaluation(
        long applicationId,
        long competencyId,
        boolean acquired,
        String commentText,
        String evaluatedBy,
        OffsetDateTime evaluatedAt) {}
