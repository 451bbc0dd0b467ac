package ma.hirfa.registry.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * A supporting document of an artisan's file, without its bytes (see {@link SupportingDocumentFile}); pages and
 * the API show it as it is, less the region, which the API never answered.
 */
record SupportingDocument(
        Long id,
        long artisanId,
        @JsonIgnore String regionCode,
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

    /** Size in kilobytes, rounded up so that a small file never shows as 0; digits left to right. */
    public String sizeKb() {
        return String.valueOf((sizeBytes + 1023) / 1024);
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
