package ma.hirfa.registry.document;

import java.time.Instant;

/** A supporting document of an artisan's file, without its bytes (see {@link SupportingDocumentFile}). */
record SupportingDocument(
        Long id,
        long artisanId,
        String regionCode,
        SupportingDocumentKind kind,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {

    SupportingDocument withId(long newId) {
        return new SupportingDocument(
                newId, artisanId, regionCode, kind, fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
    }

    /** What the audit trail keeps: which document it was, never its bytes. */
    Snapshot snapshot() {
        return new Snapshot(artisanId, kind, fileName, contentType, sizeBytes, sha256);
    }

    record Snapshot(
            long artisanId,
            SupportingDocumentKind kind,
            String fileName,
            String contentType,
            long size,
            String sha256) {}
}
