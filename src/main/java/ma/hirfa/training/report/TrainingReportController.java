package ma.hirfa.training.report;

import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.ReadOnlyLag;
import ma.hirfa.platform.report.Chart;
import ma.hirfa.platform.report.Count;
import ma.hirfa.platform.report.Series;
import ma.hirfa.platform.transfer.Download;
import ma.hirfa.platform.transfer.ExportFormat;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The training report as a page with a chart, and as CSV (UTF-8 with BOM, so that Excel reads
 * Arabic) or XLSX, both written by {@link Download} (counts as numbers, text neutralised against formula injection). */
@Controller
@ReadOnlyLag
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
        model.addAttribute("chart", chart(rows, dimension));
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
        return Download.table(
                "training-by-" + dimension.slug(),
                format,
                headers,
                reports.report(dimension, Language.of(locale)).stream()
                        .map(row -> List.<Object>of(row.label(), row.trainees(), row.completions(), row.certificates()))
                        .toList());
    }

    /** Trainees, completions and valid certificates by the chosen dimension, as three series. */
    static Chart chart(List<ReportRow> rows, ReportDimension dimension) {
        return new Chart(
                "training.reports.chart",
                "training.reports.by." + dimension.slug(),
                List.of(
                        new Series(
                                "training.reports.trainees",
                                rows.stream()
                                        .map(r -> Count.named(r.label(), r.trainees()))
                                        .toList()),
                        new Series(
                                "training.reports.completions",
                                rows.stream()
                                        .map(r -> Count.named(r.label(), r.completions()))
                                        .toList()),
                        new Series(
                                "training.reports.certificates",
                                rows.stream()
                                        .map(r -> Count.named(r.label(), r.certificates()))
                                        .toList())));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
