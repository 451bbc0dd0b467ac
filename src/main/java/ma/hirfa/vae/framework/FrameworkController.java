package ma.hirfa.vae.framework;

import jakarta.validation.Valid;
import java.util.Locale;
import ma.hirfa.platform.FormPages;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.reference.TrainingLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The framework of a craft and level: everyone reads it, an administrator adds and removes competencies. */
@Controller
class FrameworkController {

    private final Frameworks frameworks;
    private final ReferenceData reference;
    private final FormPages forms;

    FrameworkController(Frameworks frameworks, ReferenceData reference, FormPages forms) {
        this.frameworks = frameworks;
        this.reference = reference;
        this.forms = forms;
    }

    @GetMapping("/vae/frameworks")
    String show(
            @RequestParam(required = false) String craft,
            @RequestParam(defaultValue = "ATTESTATION") TrainingLevel level,
            Model model) {
        model.addAttribute("crafts", reference.crafts());
        model.addAttribute("levels", TrainingLevel.values());
        model.addAttribute("craft", craft);
        model.addAttribute("level", level);
        if (craft != null && !craft.isBlank() && reference.craft(craft).isPresent()) {
            model.addAttribute("framework", frameworks.ensure(craft, level));
        }
        return "vae/frameworks/show";
    }

    @PostMapping("/vae/frameworks/{craft}/{level}/competencies")
    String add(
            @PathVariable String craft,
            @PathVariable TrainingLevel level,
            @Valid @ModelAttribute CompetencyForm form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        String target = "/vae/frameworks?craft=" + craft + "&level=" + level;
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("error", "vae.framework.incomplete");
            return "redirect:" + target;
        }
        return forms.redirect(
                target, locale, redirect, () -> frameworks.addCompetency(craft, level, form), "vae.framework.saved");
    }

    @PostMapping("/vae/frameworks/{craft}/{level}/competencies/{id}/removal")
    String remove(
            @PathVariable String craft,
            @PathVariable TrainingLevel level,
            @PathVariable long id,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                "/vae/frameworks?craft=" + craft + "&level=" + level,
                locale,
                redirect,
                () -> frameworks.removeCompetency(craft, level, id),
                "vae.framework.saved");
    }
}
