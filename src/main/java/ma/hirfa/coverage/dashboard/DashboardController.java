package ma.hirfa.coverage.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.ReadOnlyLag;
import ma.hirfa.platform.report.Chart;
import ma.hirfa.platform.report.Count;
import ma.hirfa.platform.report.Series;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Coverage by province and craft, arrears and claims, drawn as SVG on the server (no script, strict CSP). */
@Controller
@ReadOnlyLag
@PreAuthorize("hasAnyRole('COVERAGE_OFFICER', 'ADMIN')")
class DashboardController {

    private final CoverageDashboard dashboard;
    private final MessageSource messages;

    DashboardController(CoverageDashboard dashboard, MessageSource messages) {
        this.dashboard = dashboard;
        this.messages = messages;
    }

    @GetMapping("/coverage/dashboard")
    String show(Locale locale, Model model) {
        CoverageDashboard.Figures figures = dashboard.figures(Language.of(locale));
        model.addAttribute("figures", figures);
        model.addAttribute("arrears", arrears(figures.arrears(), locale));
        return "coverage/dashboard";
    }

    /** Enrolled artisans by months of unpaid contributions, the buckets named in the reader's language. */
    private Chart arrears(long[] counts, Locale locale) {
        List<Count> buckets = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            String label = messages.getMessage(
                    "coverage.dashboard.arrearsBucket", new Object[] {CoverageDashboard.ARREARS.get(i)}, locale);
            buckets.add(Count.named(label, counts[i]));
        }
        return Chart.of(
                "coverage.dashboard.arrears",
                "coverage.dashboard.arrears",
                new Series("coverage.dashboard.enrolled", buckets));
    }
}
