package ma.hirfa.training.session;

import jakarta.validation.Valid;
import java.util.Locale;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.list.ListRequest;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.reference.ReferenceData;
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

    private final FormPages forms;
    private final Programmes programmes;
    private final ReferenceData reference;

    ProgrammeController(Programmes programmes, ReferenceData reference, FormPages forms) {
        this.forms = forms;
        this.programmes = programmes;
        this.reference = reference;
    }

    @GetMapping("/training/programmes")
    String list(ListRequest list, Locale locale, Model model) {
        model.addAttribute("form", ProgrammeForm.empty());
        return page(list, locale, model);
    }

    @PostMapping("/training/programmes")
    String create(
            @Valid @ModelAttribute("form") ProgrammeForm form,
            BindingResult errors,
            ListRequest list,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()
                && forms.attempt(errors, model, () -> programmes.create(form)).isPresent()) {
            return forms.done(redirect, "training.programme.created", "/training/programmes");
        }
        return page(list, locale, model);
    }

    private String page(ListRequest list, Locale locale, Model model) {
        Language language = Language.of(locale);
        Sort order = list.sort(ProgrammeListing.sorts(language));
        model.addAttribute("programmes", programmes.page(language, order, list.page()));
        model.addAttribute("links", list.links(order));
        model.addAttribute("crafts", reference.crafts());
        model.addAttribute("types", ProgrammeType.values());
        return "training/programmes/list";
    }
}
