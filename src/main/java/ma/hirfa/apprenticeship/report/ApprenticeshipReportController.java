package ma.hirfa.apprenticeship.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.report.Crosstab;
import ma.hirfa.platform.report.ReportPage;
import ma.hirfa.platform.transfer.Download;
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
                new ReportPage(
                        "apprenticeship.report",
                        "/apprenticeship/reports",
                        byCraft.chart(
                                "apprenticeship.report.chart",
                                "apprenticeship.contract.craft",
                                "apprenticeship.status")));
        return ReportPage.TEMPLATE;
    }

    @GetMapping("/apprenticeship/reports.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable String format, Locale locale) {
        ExportFormat chosen = ExportFormat.of(format).orElseThrow(); // the path admits csv and xlsx only
        Crosstab byCraft = report.byCraft(users.current().scope(), Language.of(locale));
        List<String> headers = new ArrayList<>(List.of(
                messages.getMessage("apprenticeship.report.craftCode", null, locale),
                messages.getMessage("apprenticeship.contract.craft", null, locale)));
        ApprenticeshipReport.STATUSES.forEach(
                s -> headers.add(messages.getMessage("apprenticeship.status." + s, null, locale)));
        return Download.table("apprenticeships", chosen, headers, byCraft.rows());
    }
}
