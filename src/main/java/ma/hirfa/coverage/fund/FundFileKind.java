package ma.hirfa.coverage.fund;

import java.util.List;
import java.util.Set;
import ma.hirfa.platform.transfer.ImportColumn;

/** The files exchanged with the fund and their columns (docs/formats/coverage-fund-files.md). */
enum FundFileKind {
    ENROLMENTS(
            "fund-enrolments",
            List.of(
                    "national_id",
                    "fund_number",
                    "last_name",
                    "first_name",
                    "birth_date",
                    "regime",
                    "enrolled_on",
                    "status")),
    CONTRIBUTIONS(
            "fund-contributions", List.of("national_id", "fund_number", "month", "amount", "paid_on", "recorded_on")),
    CLAIMS(
            "fund-claims",
            List.of(
                    "national_id",
                    "fund_number",
                    "fund_reference",
                    "care_date",
                    "filed_on",
                    "amount_claimed",
                    "decision",
                    "rejection_reason",
                    "decided_on",
                    "amount_reimbursed"));

    /**
     * Columns a fund file may leave out; every other column of its kind must be in the header. A row needs a
     * national id or a fund number (checked per row), so both columns may be absent from some files.
     */
    private static final Set<String> OPTIONAL = Set.of(
            "national_id",
            "fund_number",
            "last_name",
            "first_name",
            "birth_date",
            "status",
            "recorded_on",
            "fund_reference",
            "rejection_reason",
            "decided_on",
            "amount_reimbursed");

    private final String importId;
    private final List<String> columns;

    FundFileKind(String importId, List<String> columns) {
        this.importId = importId;
        this.columns = columns;
    }

    /** The kind's id in the import framework. */
    String importId() {
        return importId;
    }

    List<String> columns() {
        return columns;
    }

    List<ImportColumn> importColumns() {
        return columns.stream()
                .map(c -> OPTIONAL.contains(c) ? ImportColumn.optional(c) : ImportColumn.required(c))
                .toList();
    }

    String labelKey() {
        return "coverage.fund.kind." + name();
    }
}
