package ma.hirfa.reference;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The communes of a province as {@code <option>}s, for forms that refresh their commune list with htmx. */
@Controller
class CommuneOptionsController {

    private final ReferenceData reference;

    CommuneOptionsController(ReferenceData reference) {
        this.reference = reference;
    }

    @GetMapping("/reference/communes/options")
    String options(@RequestParam(defaultValue = "") String provinceCode, Model model) {
        model.addAttribute(
                "communes", provinceCode.isBlank() ? java.util.List.of() : reference.communes(provinceCode.strip()));
        return "reference/commune-options :: options";
    }
}
