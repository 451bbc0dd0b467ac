package ma.hirfa.apprenticeship.report;

import java.util.List;
import ma.hirfa.platform.report.CrosstabReport;
import ma.hirfa.reference.ReferenceData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The apprenticeship report: contracts running, finished and abandoned, by craft, within the user's region; the
 * platform serves it at /apprenticeship/reports as a chart with its table, and as CSV or XLSX.
 */
@Configuration
class ApprenticeshipReport {

    @Bean
    CrosstabReport contractsByCraft(ReferenceData reference) {
        return CrosstabReport.at("/apprenticeship/reports", "apprenticeships")
                .counting("app_contract", "craft_code", "status", List.of("RUNNING", "FINISHED", "ABANDONED"))
                .keys("apprenticeship.report", "apprenticeship.contract.craft", "apprenticeship.status")
                .codeKey("apprenticeship.report.craftCode")
                .naming(reference::craftName);
    }
}
