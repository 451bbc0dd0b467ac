package ma.hirfa.apprenticeship.report;

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

/** The apprenticeship report: contracts by craft and status as a chart with its table, and as CSV or XLSX. */
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
        Crosstab byCraft = report.byCraft(users.current().scope(), Language.of(locale));
        model.addAttribute(
                "report",
                byCraft.page(
                        "apprenticeship.report",
                        "/apprenticeship/reports",
                        "apprenticeship.contract.craft",
                        "apprenticeship.status"));
        return ReportPage.TEMPLATE;
    }

    @GetMapping("/apprenticeship/reports.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable String format, Locale locale) {
        Crosstab byCraft = report.byCraft(users.current().scope(), Language.of(locale));
        ExportFormat chosen = ExportFormat.of(format).orElseThrow(); // the path admits csv and xlsx only
        return byCraft.download(
                "apprenticeships",
                chosen,
                messages,
                locale,
                "apprenticeship.report.craftCode",
                "apprenticeship.contract.craft",
                "apprenticeship.status");
    }
}
