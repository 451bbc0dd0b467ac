package ma.hirfa.platform.transfer;

import java.time.Instant;

/** One import as stored in {@code imp_job}, with the state of its platform job ({@code jobId} in {@code plat_job}). */
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
        Instant createdAt,
        long jobId) {

    boolean xlsx() {
        return "XLSX".equals(fileFormat);
    }
}
