package ma.hirfa.vae.report;

import java.util.List;
import ma.hirfa.platform.report.CrosstabReport;
import ma.hirfa.reference.ReferenceData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The VAE report: applications and outcomes by craft, within the user's region; the platform serves it at
 * /vae/reports as a chart with its table, and as CSV or XLSX.
 */
@Configuration
class VaeReport {

    /** Columns of the report: applications still in progress (every other status), then the outcomes. */
    static final List<String> COLUMNS =
            List.of("IN_PROGRESS", "INELIGIBLE", "VALIDATED", "PARTIALLY_VALIDATED", "REFUSED");

    @Bean
    CrosstabReport applicationsByCraft(ReferenceData reference) {
        return CrosstabReport.at("/vae/reports", "vae")
                .counting("vae_application", "craft_code", "status", COLUMNS)
                .keys("vae.report", "vae.application.craft", "vae.report.column")
                .codeKey("vae.report.craftCode")
                .naming(reference::craftName);
    }
}
