package ma.hirfa.apprenticeship.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.transfer.ExportFormat;
import ma.hirfa.platform.transfer.TabularExport;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The apprenticeship report: a table, a bar chart (inline SVG, no script) and a CSV or XLSX export. */
@Controller
class ApprenticeshipReportController {

    private final ApprenticeshipReport report;
    private final CurrentUsers users;
    private final MessageSource messages;

    ApprenticeshipReportController(ApprenticeshipReport report, CurrentUsers users, MessageSource messages) {
        this.report = report;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/apprenticeship/reports")
    String show(Locale locale, Model model) {
        List<ApprenticeshipReport.Row> rows = report.rows(users.current().scope(), Language.of(locale));
        model.addAttribute("rows", rows);
        model.addAttribute("bars", ApprenticeshipReport.bars(rows));
        return "apprenticeship/reports";
    }

    @GetMapping("/apprenticeship/reports.csv")
    ResponseEntity<byte[]> csv(Locale locale) {
        return export(ExportFormat.CSV, locale);
    }

    @GetMapping("/apprenticeship/reports.xlsx")
    ResponseEntity<byte[]> xlsx(Locale locale) {
        return export(ExportFormat.XLSX, locale);
    }

    private ResponseEntity<byte[]> export(ExportFormat format, Locale locale) {
        List<ApprenticeshipReport.Row> rows = report.rows(users.current().scope(), Language.of(locale));
        List<String> headers = List.of(
                text("apprenticeship.report.craftCode", locale),
                text("apprenticeship.contract.craft", locale),
                text("apprenticeship.status.RUNNING", locale),
                text("apprenticeship.status.FINISHED", locale),
                text("apprenticeship.status.ABANDONED", locale));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // CSV starts with a byte-order mark so that spreadsheet programs read the Arabic names as UTF-8.
        TabularExport.write(
                format,
                headers,
                rows.stream()
                        .map(r -> List.of(
                                r.craftCode(),
                                r.craftName(),
                                String.valueOf(r.running()),
                                String.valueOf(r.finished()),
                                String.valueOf(r.abandoned()))),
                out);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"apprenticeships." + format.extension() + "\"")
                .contentType(
                        format == ExportFormat.CSV
                                ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                                : MediaType.parseMediaType(format.contentType()))
                .body(out.toByteArray());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
