package ma.hirfa.vae.report;

import java.util.Locale;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.report.Crosstab;
import ma.hirfa.platform.report.ReportPage;
import ma.hirfa.platform.transfer.ExportFormat;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The VAE report: applications and outcomes by craft as a chart with its table, and as CSV or XLSX. */
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
        Crosstab byCraft = report.byCraft(users.current().scope(), Language.of(locale));
        model.addAttribute(
                "report", byCraft.page("vae.report", "/vae/reports", "vae.application.craft", "vae.report.column"));
        return ReportPage.TEMPLATE;
    }

    @GetMapping("/vae/reports.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable String format, Locale locale) {
        Crosstab byCraft = report.byCraft(users.current().scope(), Language.of(locale));
        ExportFormat chosen = ExportFormat.of(format).orElseThrow(); // the path admits csv and xlsx only
        return byCraft.download(
                "vae", chosen, messages, locale, "vae.report.craftCode", "vae.application.craft", "vae.report.column");
    }
}
