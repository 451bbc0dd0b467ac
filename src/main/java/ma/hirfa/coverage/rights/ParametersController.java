package ma.hirfa.coverage.rights;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rules in plain words with their numbers; administrators set a number from a month on. */
@Controller
@PreAuthorize("hasAnyRole('COVERAGE_OFFICER', 'ADMIN')")
class ParametersController {

    private final CoverageParameters parameters;

    ParametersController(CoverageParameters parameters) {
        this.parameters = parameters;
    }

    @GetMapping("/coverage/parameters")
    String show(Model model) {
        ParameterTimeline timeline = parameters.timeline();
        YearMonth now = YearMonth.now();
        model.addAttribute("values", parameters.all());
        model.addAttribute("names", CoverageParameters.NAMES);
        model.addAttribute("rights", timeline.rightsAt(now));
        model.addAttribute("amnesty", timeline.amnestyAt(now));
        model.addAttribute("untaxed", timeline.amountAt(Regime.UNTAXED, now).orElse(null));
        return "coverage/parameters";
    }

    @PostMapping("/coverage/parameters")
    @PreAuthorize("hasRole('ADMIN')")
    String set(
            @RequestParam String name,
            @RequestParam(required = false) YearMonth effectiveFrom,
            @RequestParam(required = false) BigDecimal amount,
            Locale locale,
            RedirectAttributes flash) {
        try {
            parameters.set(name, effectiveFrom, amount);
            flash.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("invalid", true);
        }
        return "redirect:/coverage/parameters";
    }
}
