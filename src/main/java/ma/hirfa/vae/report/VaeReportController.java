package ma.hirfa.vae.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The VAE report: applications and outcomes by craft, a bar chart (inline SVG, no script) and a CSV export. */
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
    ResponseEntity<byte[]> csv(Locale locale) throws IOException {
        List<VaeReport.Row> rows = report.rows(users.current().scope(), Language.of(locale));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>(List.of(
                    messages.getMessage("vae.report.craftCode", null, locale),
                    messages.getMessage("vae.application.craft", null, locale)));
            VaeReport.COLUMNS.forEach(c -> header.add(messages.getMessage("vae.report.column." + c, null, locale)));
            csv.printRecord(header);
            for (VaeReport.Row r : rows) {
                List<Object> line = new ArrayList<>(List.of(r.craftCode(), r.craftName()));
                for (long c : r.counts()) {
                    line.add(c);
                }
                csv.printRecord(line);
            }
        }
        // A byte-order mark so that spreadsheet programs read the Arabic names as UTF-8.
        byte[] body = ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vae.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }
}
