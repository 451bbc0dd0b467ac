package ma.hirfa.vae.application;

import java.time.OffsetDateTime;

/** A piece of evidence of an application, without its bytes. */
record Evidence(
        long id,
        long applicationId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        OffsetDateTime uploadedAt) {}
