package ma.hirfa.coverage.file;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A contribution as the API shows it, with any warnings already translated; also flashed to the page of a conflict. */
record ContributionResponse(
        long id,
        String month,
        BigDecimal amount,
        LocalDate paidOn,
        LocalDate recordedOn,
        String source,
        boolean created,
        List<String> warnings)
        implements Serializable {

    static ContributionResponse of(Contribution c, boolean created, List<String> warnings) {
        return new ContributionResponse(
                c.id(),
                c.month().toString(),
                c.amount(),
                c.paidOn(),
                c.recordedOn(),
                c.source().name(),
                created,
                warnings);
    }
}
