package ma.hirfa.coverage.fund;

/**
 * A checked row of a fund file on its way through the import: the row, and what {@link FundImportSession#judge}
 * found for it (so that the commit writes what the report announced).
 */
final class FundLine {

    private final FundRow row;
    private Evaluation evaluation;

    FundLine(FundRow row) {
        this.row = row;
    }

    FundRow row() {
        return row;
    }

    Evaluation evaluation() {
        return evaluation;
    }

    void judged(Evaluation evaluation) {
        this.evaluation = evaluation;
    }
}
