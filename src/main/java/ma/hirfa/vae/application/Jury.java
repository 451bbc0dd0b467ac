package ma.hirfa.vae.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A jury session of one craft in one region: when and where it sits. */
record Jury(
        Long id,
        String regionCode,
        String craftCode,
        LocalDate sitsOn,
        String place,
        String status,
        String createdBy,
        OffsetDateTime createdAt) {}
