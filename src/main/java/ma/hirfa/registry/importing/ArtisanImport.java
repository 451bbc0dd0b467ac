package ma.hirfa.registry.importing;

import java.util.List;
import java.util.Optional;
import ma.hirfa.matching.DuplicateScans;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.transfer.ImportColumn;
import ma.hirfa.platform.transfer.ImportContext;
import ma.hirfa.platform.transfer.ImportFollowUp;
import ma.hirfa.platform.transfer.ImportKind;
import ma.hirfa.platform.transfer.ImportSession;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.RegistryRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Legacy lists of artisans (docs/formats/artisans-import.md). Rows become draft files of the register in the
 * importer's region, for an agent to check against the paper file and submit through the usual workflow
 * (ADR 0015).
 */
@Component
class ArtisanImport implements ImportKind {

    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("national_id"),
            ImportColumn.optional("first_name_ar"),
            ImportColumn.optional("last_name_ar"),
            ImportColumn.optional("first_name_lat"),
            ImportColumn.optional("last_name_lat"),
            ImportColumn.optional("sex"),
            ImportColumn.optional("birth_date"),
            ImportColumn.optional("phone"),
            ImportColumn.required("province_code"),
            ImportColumn.optional("commune_code"),
            ImportColumn.optional("craft_code"));

    private final ReferenceData reference;
    private final RegistryRules rules;
    private final ArtisanImportWriter writer;
    private final java.time.Clock clock;
    private final DuplicateScans scans;
    private final int batchSize;

    ArtisanImport(
            ReferenceData reference,
            RegistryRules rules,
            ArtisanImportWriter writer,
            java.time.Clock clock,
            DuplicateScans scans,
            @Value("${hirfa.transfer.artisans.batch-size:10000}") int batchSize) {
        this.reference = reference;
        this.batchSize = batchSize;
        this.rules = rules;
        this.writer = writer;
        this.clock = clock;
        this.scans = scans;
    }

    @Override
    public String id() {
        return "artisans";
    }

    @Override
    public String labelKey() {
        return "registry.import.kind";
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public boolean mayImport(CurrentUser user) {
        return user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT);
    }

    /**
     * Legacy lists are the big files (a whole province, the country): larger batches mean fewer transactions,
     * national-id checks, audit records and {@code COPY} round trips (ADR 0052); a batch of 10,000 rows is
     * written in a few seconds, well within the job's lease.
     */
    @Override
    public int batchSize() {
        return batchSize;
    }

    @Override
    public ImportSession<?> open(ImportContext context) {
        return new ArtisanImportSession(
                ArtisanImportChecks.load(reference, rules.minimumAge(), clock, context.scope()), writer, context);
    }

    /**
     * The import only recognises files already in the register by national id; look-alikes under another id
     * or another script are found by a duplicate scan of the importer's region (the whole country for a
     * national user), queued here unless one is already waiting or running.
     */
    @Override
    public void onCommitted(ImportContext context) {
        scans.start(context.scope().restriction().orElse(null), context.username());
    }

    /** The drafts a committed job created, in the register's list (filtered by the job). */
    @Override
    public Optional<ImportFollowUp> written(long jobId, CurrentUser viewer) {
        return Optional.of(new ImportFollowUp("registry.import.drafts", "/registry/artisans?importJob=" + jobId));
    }

    @Override
    public Optional<ImportFollowUp> followUp(CurrentUser viewer) {
        return Optional.of(
                viewer.hasRole(Role.CHAMBER_MANAGER, Role.ADMIN)
                        ? new ImportFollowUp("registry.import.scanQueued", "/registry/duplicates")
                        : new ImportFollowUp("registry.import.scanQueuedNoLink", null));
    }
}
