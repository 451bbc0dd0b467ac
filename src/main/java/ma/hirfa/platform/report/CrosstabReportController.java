package ma.hirfa.platform.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.ReadOnlyLag;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.platform.transfer.ExportFormat;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves every {@link CrosstabReport} a module declares: the page with its chart and table, and the CSV or XLSX
 * export, counted within the user's region. The patterns hold two variables so that every page a module maps
 * itself is more specific and wins: a literal one ({@code /training/reports}) and one with a variable
 * ({@code /verify/{token}}) alike. Counts may be a few seconds old: they are read from the replica when there is
 * one ({@link ReadOnlyLag}).
 */
@Controller
@ReadOnlyLag
class CrosstabReportController {

    private final Map<String, CrosstabReport> byPath;
    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final MessageSource messages;

    CrosstabReportController(
            List<CrosstabReport> reports, JdbcTemplate jdbc, CurrentUsers users, MessageSource messages) {
        this.byPath = reports.stream().collect(Collectors.toMap(CrosstabReport::path, Function.identity()));
        this.jdbc = jdbc;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/{module}/{reports:reports}")
    String show(@PathVariable String module, Locale locale, Model model) {
        CrosstabReport report = report(module);
        model.addAttribute("report", report.page(tally(report, locale)));
        return ReportPage.TEMPLATE;
    }

    @GetMapping("/{module}/{reports:reports}.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable String module, @PathVariable String format, Locale locale) {
        CrosstabReport report = report(module);
        ExportFormat chosen = ExportFormat.of(format).orElseThrow(); // the path admits csv and xlsx only
        return tally(report, locale)
                .download(
                        report.fileName(),
                        chosen,
                        messages,
                        locale,
                        report.codeKey(),
                        report.categoryKey(),
                        report.columnKeyPrefix());
    }

    private CrosstabReport report(String module) {
        CrosstabReport report = byPath.get("/" + module + "/reports");
        if (report == null) {
            throw Refusal.notFound("Report", module);
        }
        return report;
    }

    private Crosstab tally(CrosstabReport report, Locale locale) {
        Language language = Language.of(locale);
        return Crosstab.tally(
                jdbc,
                report.table(),
                report.category(),
                report.status(),
                report.columns(),
                Criteria.scoped(users.current().scope()),
                code -> report.names().apply(code, language));
    }
}
