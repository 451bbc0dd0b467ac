package ma.hirfa.coverage.dashboard;

import java.util.Locale;
import ma.hirfa.platform.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Coverage by province and craft, arrears and claims, drawn as SVG on the server (no script, strict CSP). */
@Controller
@PreAuthorize("hasAnyRole('COVERAGE_OFFICER', 'ADMIN')")
class DashboardController {

    private final CoverageDashboard dashboard;

    DashboardController(CoverageDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/coverage/dashboard")
    String show(Locale locale, Model model) {
        model.addAttribute("figures", dashboard.figures(Language.of(locale)));
        return "coverage/dashboard";
    }
}
