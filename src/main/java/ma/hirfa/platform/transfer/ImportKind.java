package ma.hirfa.platform.transfer;

import java.util.List;
import java.util.Optional;
import ma.hirfa.platform.CurrentUser;

/**
 * A kind of file that can be imported (artisans, the fund's enrolments...). Implementations are Spring beans;
 * the framework finds them by {@link #id()}.
 */
public interface ImportKind {

    /** Stable identifier stored with each job, e.g. {@code artisans}. */
    String id();

    /** Message key of the name shown to users. */
    String labelKey();

    /** The columns of this kind, in the order of the documented format. */
    List<ImportColumn> columns();

    /** Whether this user may import files of this kind (roles; the region is applied by the session). */
    boolean mayImport(CurrentUser user);

    /**
     * Rows per batch (one transaction with its checkpoint and audit) for this kind, or 0 for the framework's
     * setting {@code hirfa.transfer.batch-size}. A batch must be written well within the job's lease.
     */
    default int batchSize() {
        return 0;
    }

    /**
     * Starts one pass over a file (dry run or commit). The session may keep per-job lookups (reference data)
     * but never rows: the framework streams them in batches.
     */
    ImportSession<?> open(ImportContext context);

    /**
     * Called once per job, when its commit has written the last batch, inside the transaction that marks the
     * job COMMITTED (so follow-up work stored in the database is queued if and only if the job is committed).
     * The current user is the importer. Nothing to do by default.
     */
    default void onCommitted(ImportContext context) {}

    /**
     * Called, inside a transaction, before the row report of a job of this kind is shown or downloaded: kinds
     * whose rows carry health data audit the read here. Nothing to do by default.
     */
    default void onReportRead(long jobId, String regionCode) {}

    /**
     * Where the rows a committed job wrote can be seen (e.g. the drafts it created), as a message key (its
     * argument: how many rows were written) and a link. Nothing by default.
     */
    default Optional<ImportFollowUp> written(long jobId, CurrentUser viewer) {
        return Optional.empty();
    }

    /** What the page of a committed job of this kind says happens next, as seen by this user. */
    default Optional<ImportFollowUp> followUp(CurrentUser viewer) {
        return Optional.empty();
    }
}
