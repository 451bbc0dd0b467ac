package ma.hirfa.vae.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

/** The VAE report: applications and outcomes by craft, a bar chart (inline SVG, no script) and a CSV or XLSX export. */
@Controller
class VaeReportController {

    private final VaeReport report;
    private final CurrentUsers users;
    private final MessageSource messages;

    VaeReportController(VaeReport report, CurrentUsers users, MessageSource messages) {
        this.report = report;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/vae/reports")
    String show(Locale locale, Model model) {
        List<VaeReport.Row> rows = report.rows(users.current().scope(), Language.of(locale));
        model.addAttribute("rows", rows);
        model.addAttribute("bars", VaeReport.bars(rows));
        model.addAttribute("columns", VaeReport.COLUMNS);
        return "vae/reports";
    }

    @GetMapping("/vae/reports.csv")
    ResponseEntity<byte[]> csv(Locale locale) {
        return export(ExportFormat.CSV, locale);
    }

    @GetMapping("/vae/reports.xlsx")
    ResponseEntity<byte[]> xlsx(Locale locale) {
        return export(ExportFormat.XLSX, locale);
    }

    private ResponseEntity<byte[]> export(ExportFormat format, Locale locale) {
        List<VaeReport.Row> rows = report.rows(users.current().scope(), Language.of(locale));
        List<String> headers = new ArrayList<>(List.of(
                messages.getMessage("vae.report.craftCode", null, locale),
                messages.getMessage("vae.application.craft", null, locale)));
        VaeReport.COLUMNS.forEach(c -> headers.add(messages.getMessage("vae.report.column." + c, null, locale)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // CSV starts with a byte-order mark so that spreadsheet programs read the Arabic names as UTF-8.
        TabularExport.write(format, headers, rows.stream().map(VaeReportController::line), out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vae." + format.extension() + "\"")
                .contentType(
                        format == ExportFormat.CSV
                                ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                                : MediaType.parseMediaType(format.contentType()))
                .body(out.toByteArray());
    }

    private static List<String> line(VaeReport.Row r) {
        List<String> line = new ArrayList<>(List.of(r.craftCode(), r.craftName()));
        for (long c : r.counts()) {
            line.add(String.valueOf(c));
        }
        return line;
    }
}
