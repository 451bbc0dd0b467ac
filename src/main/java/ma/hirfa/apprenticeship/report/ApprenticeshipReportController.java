package ma.hirfa.apprenticeship.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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

/** The apprenticeship report: a table, a bar chart (inline SVG, no script) and a CSV export. */
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
    ResponseEntity<byte[]> csv(Locale locale) throws IOException {
        List<ApprenticeshipReport.Row> rows = report.rows(users.current().scope(), Language.of(locale));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(
                    text("apprenticeship.report.craftCode", locale),
                    text("apprenticeship.contract.craft", locale),
                    text("apprenticeship.status.RUNNING", locale),
                    text("apprenticeship.status.FINISHED", locale),
                    text("apprenticeship.status.ABANDONED", locale));
            for (ApprenticeshipReport.Row r : rows) {
                csv.printRecord(r.craftCode(), r.craftName(), r.running(), r.finished(), r.abandoned());
            }
        }
        // A byte-order mark so that spreadsheet programs read the Arabic names as UTF-8.
        byte[] body = ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"apprenticeships.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
