package ma.hirfa.vae.jury;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A jury session of one craft in one region: when and where it sits. */
public record Jury(
        Long id,
        String regionCode,
        String craftCode,
        LocalDate sitsOn,
        String place,
        String status,
        String createdBy,
        OffsetDateTime createdAt) {}
