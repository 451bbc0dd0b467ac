package ma.hirfa.registry.correction;

import jakarta.validation.Valid;
import ma.hirfa.registry.artisan.ArtisanForm;
import ma.hirfa.registry.artisan.ArtisanFormPage;
import ma.hirfa.registry.artisan.DuplicateArtisanException;
import ma.hirfa.registry.artisan.InvalidArtisanException;
import ma.hirfa.registry.artisan.WorkflowRefusedException;
import ma.hirfa.registry.duplicate.DuplicateCheck;
import ma.hirfa.registry.duplicate.PossibleDuplicateException;
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

    ArtisanCorrectionController(Corrections corrections, DuplicateCheck duplicates, ArtisanFormPage formPage) {
        this.corrections = corrections;
        this.duplicates = duplicates;
        this.formPage = formPage;
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
        try {
            duplicates.proposeCorrection(id, form, reason, confirmNotDuplicate);
            redirect.addFlashAttribute("message", "registry.correction.proposed");
            return "redirect:/registry/artisans/" + id;
        } catch (InvalidArtisanException e) {
            ArtisanFormPage.reject(binding, e.problems());
        } catch (DuplicateArtisanException e) {
            binding.rejectValue("nationalId", "registry.artisan.nationalId.taken");
        } catch (WorkflowRefusedException e) {
            binding.reject(e.messageKey());
        } catch (PossibleDuplicateException e) {
            model.addAttribute("candidates", e.candidates());
        }
        return formPage.show(model, id);
    }

    @PostMapping("/registry/artisans/{id}/corrections/decision")
    String decide(
            @PathVariable long id,
            @RequestParam boolean apply,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            corrections.decide(id, apply, reason);
            redirect.addFlashAttribute(
                    "message", apply ? "registry.correction.applied" : "registry.correction.refused");
        } catch (WorkflowRefusedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        } catch (InvalidArtisanException | DuplicateArtisanException e) {
            redirect.addFlashAttribute("error", "registry.correction.noLongerValid");
        }
        return "redirect:/registry/artisans/" + id;
    }
}
