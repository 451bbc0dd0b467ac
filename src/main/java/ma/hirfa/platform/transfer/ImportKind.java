package ma.hirfa.platform.transfer;

import java.util.List;
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
     * Starts one pass over a file (dry run or commit). The session may keep per-job lookups (reference data)
     * but never rows: the framework streams them in batches.
     */
    ImportSession<?> open(ImportContext context);
}
