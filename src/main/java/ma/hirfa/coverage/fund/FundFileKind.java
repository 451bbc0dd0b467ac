package ma.hirfa.coverage.fund;

import java.util.List;

/** The files exchanged with the fund and their columns (docs/formats/coverage-fund-files.md). */
enum FundFileKind {
    ENROLMENTS(List.of(
            "national_id", "fund_number", "last_name", "first_name", "birth_date", "regime", "enrolled_on", "status")),
    CONTRIBUTIONS(List.of("national_id", "fund_number", "month", "amount", "paid_on", "recorded_on")),
    CLAIMS(List.of(
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

    private final List<String> columns;

    FundFileKind(List<String> columns) {
        this.columns = columns;
    }

    List<String> columns() {
        return columns;
    }
}
