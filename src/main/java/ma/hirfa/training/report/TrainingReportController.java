package ma.hirfa.training.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The training report as a page with a chart, and as CSV (UTF-8 with BOM, so that Excel reads Arabic). */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'CHAMBER_MANAGER', 'CHAMBER_AGENT', 'FIELD_AGENT')")
class TrainingReportController {

    private final TrainingReports reports;
    private final MessageSource messages;

    TrainingReportController(TrainingReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/training/reports")
    String page(@RequestParam(required = false) String by, Locale locale, Model model) {
        ReportDimension dimension = ReportDimension.of(by);
        List<ReportRow> rows = reports.report(dimension, Language.of(locale));
        model.addAttribute("by", dimension.slug());
        model.addAttribute("dimensions", List.of("province", "craft", "sex", "age"));
        model.addAttribute("rows", rows);
        model.addAttribute("chart", ReportChart.of(rows));
        return "training/reports/report";
    }

    @GetMapping(value = "/training/reports.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String by, Locale locale) throws IOException {
        ReportDimension dimension = ReportDimension.of(by);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(
                    message("training.reports.by." + dimension.slug(), locale),
                    message("training.reports.trainees", locale),
                    message("training.reports.completions", locale),
                    message("training.reports.certificates", locale));
            for (ReportRow row : reports.report(dimension, Language.of(locale))) {
                printer.printRecord(row.label(), row.trainees(), row.completions(), row.certificates());
            }
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"training-by-" + dimension.slug() + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
