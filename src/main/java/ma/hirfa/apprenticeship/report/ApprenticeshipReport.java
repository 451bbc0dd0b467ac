package ma.hirfa.apprenticeship.report;

import java.util.List;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.platform.report.Crosstab;
import ma.hirfa.reference.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Contracts running, finished and abandoned, by craft, within the user's region. */
@Component
class ApprenticeshipReport {

    static final List<String> STATUSES = List.of("RUNNING", "FINISHED", "ABANDONED");

    private final JdbcTemplate jdbc;
    private final ReferenceData reference;

    ApprenticeshipReport(JdbcTemplate jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    @Transactional(readOnly = true)
    Crosstab byCraft(RegionScope scope, Language language) {
        return Crosstab.tally(
                jdbc,
                "app_contract",
                "craft_code",
                "status",
                STATUSES,
                Criteria.scoped(scope),
                code -> reference.craftName(code, language));
    }
}
