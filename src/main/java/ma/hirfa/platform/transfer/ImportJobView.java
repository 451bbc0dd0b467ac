package ma.hirfa.platform.transfer;

import java.time.Instant;

/** A job as the pages show it. */
record ImportJobView(
        long id,
        String kind,
        String kindLabel,
        String source,
        String fileName,
        String status,
        boolean running,
        boolean validated,
        boolean committed,
        boolean failed,
        boolean committing,
        long rows,
        long newRows,
        long duplicateRows,
        long invalidRows,
        long heldRows,
        long writtenRows,
        int progress,
        boolean progressKnown,
        String errorKey,
        String errorArg,
        String createdBy,
        Instant createdAt,
        ImportFollowUp followUp,
        ImportFollowUp written) {

    static ImportJobView of(ImportJob j, String kindLabel, ImportFollowUp followUp, ImportFollowUp written) {
        return new ImportJobView(
                j.id(),
                j.kind(),
                kindLabel,
                j.source(),
                j.fileName(),
                j.status().name(),
                j.status().running(),
                j.status() == ImportStatus.VALIDATED,
                j.status() == ImportStatus.COMMITTED,
                j.status() == ImportStatus.FAILED,
                j.status().commitPhase(),
                j.totalRows() == null ? j.processedRows() : j.totalRows(),
                j.newRows(),
                j.duplicateRows(),
                j.invalidRows(),
                j.heldRows(),
                j.writtenRows(),
                j.progress(),
                !j.xlsx() || j.status().commitPhase(),
                j.errorKey(),
                j.errorArg(),
                j.createdBy(),
                j.createdAt(),
                j.status() == ImportStatus.COMMITTED ? followUp : null,
                j.status() == ImportStatus.COMMITTED ? written : null);
    }
}
