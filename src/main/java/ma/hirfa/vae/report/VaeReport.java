package ma.hirfa.vae.report;

import java.util.List;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.platform.report.Crosstab;
import ma.hirfa.reference.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** VAE applications and outcomes by craft, within the user's region. */
@Component
class VaeReport {

    /** Columns of the report: applications still in progress (every other status), then the outcomes. */
    static final List<String> COLUMNS =
            List.of("IN_PROGRESS", "INELIGIBLE", "VALIDATED", "PARTIALLY_VALIDATED", "REFUSED");

    private final JdbcTemplate jdbc;
    private final ReferenceData reference;

    VaeReport(JdbcTemplate jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    @Transactional(readOnly = true)
    Crosstab byCraft(RegionScope scope, Language language) {
        return Crosstab.tally(
                jdbc,
                "vae_application",
                "craft_code",
                "status",
                COLUMNS,
                Criteria.scoped(scope),
                code -> reference.craftName(code, language));
    }
}
