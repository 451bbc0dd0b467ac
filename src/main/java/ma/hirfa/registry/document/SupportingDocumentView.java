package ma.hirfa.registry.document;

import java.time.Instant;

/** A supporting document as pages and the API show it; the bytes are downloaded separately. */
record SupportingDocumentView(
        long id,
        long artisanId,
        SupportingDocumentKind kind,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {

    static SupportingDocumentView of(SupportingDocument d) {
        return new SupportingDocumentView(
                d.id(),
                d.artisanId(),
                d.kind(),
                d.fileName(),
                d.contentType(),
                d.sizeBytes(),
                d.sha256(),
                d.uploadedBy(),
                d.uploadedAt());
    }

    /** Size in kilobytes, rounded up so that a small file never shows as 0; digits left to right. */
    public String sizeKb() {
        return String.valueOf((sizeBytes + 1023) / 1024);
    }
}
