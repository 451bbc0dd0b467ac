package ma.hirfa.platform.transfer;

import java.time.Instant;

/** One import job as stored in {@code imp_job}. */
record ImportJob(
        long id,
        String kind,
        String source,
        String regionCode,
        String createdBy,
        String createdRole,
        String fileName,
        String fileFormat,
        String fileSha256,
        long fileSize,
        ImportStatus status,
        long processedRows,
        Long totalRows,
        long newRows,
        long duplicateRows,
        long invalidRows,
        long heldRows,
        long writtenRows,
        int progress,
        int attempts,
        String headers,
        String errorKey,
        String errorArg,
        Instant createdAt) {

    boolean xlsx() {
        return "XLSX".equals(fileFormat);
    }
}
