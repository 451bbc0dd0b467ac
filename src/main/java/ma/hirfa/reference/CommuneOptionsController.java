package ma.hirfa.reference;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The communes of a province as {@code <option>}s, for forms and filters that refresh their commune list
 * with htmx; the province comes as {@code provinceCode} (forms) or {@code province} (filters).
 */
@Controller
class CommuneOptionsController {

    private final ReferenceData reference;

    CommuneOptionsController(ReferenceData reference) {
        this.reference = reference;
    }

    @GetMapping("/reference/communes/options")
    String options(
            @RequestParam(defaultValue = "") String provinceCode,
            @RequestParam(defaultValue = "") String province,
            Model model) {
        String code = provinceCode.isBlank() ? province.strip() : provinceCode.strip();
        model.addAttribute("communes", code.isEmpty() ? List.of() : reference.communes(code));
        return "reference/commune-options :: options";
    }
}
