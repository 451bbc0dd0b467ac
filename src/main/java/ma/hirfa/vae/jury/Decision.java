package ma.hirfa.vae.jury;

import java.time.OffsetDateTime;
import ma.hirfa.vae.application.Outcome;

/** What the jury decided about an application; {@code missingCompetencies} lists competency ids. */
public record Decision(
        long applicationId,
        Outcome outcome,
        String missingCompetencies,
        Long prescribedProgrammeId,
        String reasons,
        String certificateRef,
        String decidedBy,
        OffsetDateTime decidedAt) {}
