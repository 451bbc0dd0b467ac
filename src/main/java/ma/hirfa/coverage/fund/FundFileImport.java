package ma.hirfa.coverage.fund;

import java.util.List;
import java.util.Optional;
import ma.hirfa.coverage.file.CoverageAccess;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.transfer.ImportColumn;
import ma.hirfa.platform.transfer.ImportContext;
import ma.hirfa.platform.transfer.ImportFollowUp;
import ma.hirfa.platform.transfer.ImportKind;
import ma.hirfa.platform.transfer.ImportSession;

/**
 * One of the fund's files as a kind of the import framework (dry run, row report, progress bar, resume, a file
 * imported once). Only coverage officers and administrators import them, see their jobs and read their
 * reports, and every read of a report is audited: its rows are health-related data.
 */
final class FundFileImport implements ImportKind {

    private final FundFileKind kind;
    private final FundEvaluator evaluator;
    private final FundRowApplier applier;
    private final FundLineStore lines;
    private final CoverageAccess access;

    FundFileImport(
            FundFileKind kind,
            FundEvaluator evaluator,
            FundRowApplier applier,
            FundLineStore lines,
            CoverageAccess access) {
        this.kind = kind;
        this.evaluator = evaluator;
        this.applier = applier;
        this.lines = lines;
        this.access = access;
    }

    @Override
    public String id() {
        return kind.importId();
    }

    @Override
    public String labelKey() {
        return kind.labelKey();
    }

    @Override
    public List<ImportColumn> columns() {
        return kind.importColumns();
    }

    @Override
    public boolean mayImport(CurrentUser user) {
        return user.hasRole(Role.COVERAGE_OFFICER, Role.ADMIN);
    }

    @Override
    public ImportSession<?> open(ImportContext context) {
        return new FundImportSession(kind, evaluator, applier, lines, context);
    }

    @Override
    public void onReportRead(long jobId, String regionCode) {
        access.read("import " + jobId, regionCode, "fund file report");
    }

    @Override
    public Optional<ImportFollowUp> followUp(CurrentUser viewer) {
        return Optional.of(new ImportFollowUp("coverage.fund.followUp", "/coverage/reconciliation"));
    }
}
