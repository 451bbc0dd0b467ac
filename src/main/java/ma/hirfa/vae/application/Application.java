package ma.hirfa.vae.application;

import java.time.OffsetDateTime;
import ma.hirfa.reference.TrainingLevel;

/** A VAE application as stored in {@code vae_application}; also the snapshot kept by the audit trail. */
public record Application(
        Long id,
        String regionCode,
        String provinceCode,
        long artisanId,
        String craftCode,
        TrainingLevel trainingLevel,
        int yearsOfPractice,
        String statement,
        ApplicationStatus status,
        String eligibilityReasons,
        Long frameworkId,
        Long juryId,
        String submittedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {}
