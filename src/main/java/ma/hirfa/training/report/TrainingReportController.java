package ma.hirfa.training.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.transfer.ExportFormat;
import ma.hirfa.platform.transfer.TabularExport;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The training report as a page with a chart, and as CSV (UTF-8 with BOM, so that Excel reads
 * Arabic) or XLSX, both written by {@link TabularExport} (cells neutralised against formula injection). */
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
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String by, Locale locale) {
        return export(ExportFormat.CSV, by, locale);
    }

    @GetMapping("/training/reports.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String by, Locale locale) {
        return export(ExportFormat.XLSX, by, locale);
    }

    private ResponseEntity<byte[]> export(ExportFormat format, String by, Locale locale) {
        ReportDimension dimension = ReportDimension.of(by);
        List<String> headers = List.of(
                message("training.reports.by." + dimension.slug(), locale),
                message("training.reports.trainees", locale),
                message("training.reports.completions", locale),
                message("training.reports.certificates", locale));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TabularExport.write(
                format,
                headers,
                reports.report(dimension, Language.of(locale)).stream()
                        .map(row -> List.of(
                                row.label(),
                                String.valueOf(row.trainees()),
                                String.valueOf(row.completions()),
                                String.valueOf(row.certificates()))),
                out);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"training-by-" + dimension.slug() + "." + format.extension() + "\"")
                .contentType(
                        format == ExportFormat.CSV
                                ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                                : MediaType.parseMediaType(format.contentType()))
                .body(out.toByteArray());
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
