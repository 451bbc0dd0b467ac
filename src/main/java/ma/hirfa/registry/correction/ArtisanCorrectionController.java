package ma.hirfa.registry.correction;

import jakarta.validation.Valid;
import java.util.Locale;
import ma.hirfa.platform.FormPages;
import ma.hirfa.registry.artisan.ArtisanForm;
import ma.hirfa.registry.artisan.ArtisanFormPage;
import ma.hirfa.registry.duplicate.DuplicateCheck;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Corrections of registered files: an agent proposes (same form as editing), a reviewer decides. */
@Controller
class ArtisanCorrectionController {

    private final Corrections corrections;
    private final DuplicateCheck duplicates;
    private final ArtisanFormPage formPage;
    private final FormPages forms;

    ArtisanCorrectionController(
            Corrections corrections, DuplicateCheck duplicates, ArtisanFormPage formPage, FormPages forms) {
        this.corrections = corrections;
        this.duplicates = duplicates;
        this.formPage = formPage;
        this.forms = forms;
    }

    @PostMapping("/registry/artisans/{id}/corrections")
    String propose(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ArtisanForm form,
            BindingResult binding,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean confirmNotDuplicate,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("correction", true);
        if (binding.hasErrors()) {
            return formPage.show(model, id);
        }
        return forms.attempt(binding, model, () -> {
                    duplicates.proposeCorrection(id, form, reason, confirmNotDuplicate);
                    return id;
                })
                .map(done -> forms.done(redirect, "registry.correction.proposed", "/registry/artisans/" + id))
                .orElseGet(() -> formPage.show(model, id));
    }

    @PostMapping("/registry/artisans/{id}/corrections/decision")
    String decide(
            @PathVariable long id,
            @RequestParam boolean apply,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect("/registry/artisans/" + id, locale, redirect, () -> {
            corrections.decide(id, apply, reason);
            return apply ? "registry.correction.applied" : "registry.correction.refused";
        });
    }
}
