package ma.hirfa.training.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@ma.hirfa.platform.ReadOnlyLag
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'CHAMBER_MANAGER', 'CHAMBER_AGENT', 'FIELD_AGENT')")
@Tag(name = "Training: reports")
class TrainingReportApiController {

    private final TrainingReports reports;

    TrainingReportApiController(TrainingReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/training/reports")
    @Operation(
            summary = "Trainees, completions and valid certificates of the caller's region",
            description = "by = province (default), craft, sex or age (bands UNDER_25, FROM_25_TO_34, FROM_35_TO_44,"
                    + " FROM_45_TO_54, FROM_55, UNKNOWN)")
    List<ReportRow> report(@RequestParam(required = false) String by, Locale locale) {
        return reports.report(ReportDimension.of(by), Language.of(locale));
    }
}
