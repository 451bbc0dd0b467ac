package ma.hirfa.training.session;

import jakarta.validation.Valid;
import java.util.Locale;
import ma.hirfa.platform.Language;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.training.TrainingRefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue of programmes and the form that adds one. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'CHAMBER_MANAGER', 'CHAMBER_AGENT', 'FIELD_AGENT')")
class ProgrammeController {

    private final Programmes programmes;
    private final ReferenceData reference;

    ProgrammeController(Programmes programmes, ReferenceData reference) {
        this.programmes = programmes;
        this.reference = reference;
    }

    @GetMapping("/training/programmes")
    String list(Locale locale, Model model) {
        model.addAttribute("programmes", programmes.list(Language.of(locale)));
        model.addAttribute("form", ProgrammeForm.empty());
        model.addAttribute("crafts", reference.crafts());
        model.addAttribute("types", ProgrammeType.values());
        return "training/programmes/list";
    }

    @PostMapping("/training/programmes")
    String create(
            @Valid @ModelAttribute("form") ProgrammeForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                programmes.create(form);
                redirect.addFlashAttribute("message", "training.programme.created");
                return "redirect:/training/programmes";
            } catch (TrainingRefusedException e) {
                model.addAttribute("error", e.messageKey());
            }
        }
        model.addAttribute("programmes", programmes.list(Language.of(locale)));
        model.addAttribute("crafts", reference.crafts());
        model.addAttribute("types", ProgrammeType.values());
        return "training/programmes/list";
    }
}
