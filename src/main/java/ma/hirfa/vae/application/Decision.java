package ma.hirfa.vae.application;

import java.time.OffsetDateTime;

/** What the jury decided about an application; {@code missingCompetencies} lists competency ids. */
record Decision(
        long applicationId,
        Outcome outcome,
        String missingCompetencies,
        Long prescribedProgrammeId,
        String reasons,
        String certificateRef,
        String decidedBy,
        OffsetDateTime decidedAt) {}
