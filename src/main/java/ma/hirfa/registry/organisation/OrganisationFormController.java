package ma.hirfa.registry.organisation;

import jakarta.validation.Valid;
import java.util.List;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.FormPages;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a new organisation and correcting one while it is a draft or returned for correction. */
@Controller
class OrganisationFormController {

    private static final String FORM = "registry/organisations/form";

    private final OrganisationService service;
    private final RegisteredArtisans artisans;
    private final ReferenceData reference;
    private final CurrentUsers users;
    private final FormPages forms;

    OrganisationFormController(
            OrganisationService service,
            RegisteredArtisans artisans,
            ReferenceData reference,
            CurrentUsers users,
            FormPages forms) {
        this.forms = forms;
        this.service = service;
        this.artisans = artisans;
        this.reference = reference;
        this.users = users;
    }

    @GetMapping("/registry/organisations/new")
    String create(@RequestParam(defaultValue = "COOPERATIVE") OrganisationKind kind, Model model) {
        model.addAttribute("form", OrganisationForm.empty(kind));
        return form(model, null);
    }

    @PostMapping("/registry/organisations")
    String create(
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, null);
        }
        return forms.attempt(binding, model, () -> service.create(form))
                .map(id -> forms.done(redirect, "registry.organisation.created", "/registry/organisations/" + id))
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/registry/organisations/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Organisation o = service.get(id);
        String supervisor = o.details().supervisorId() == null
                ? null
                : artisans.find(o.details().supervisorId())
                        .map(ArtisanSummary::registrationNumber)
                        .orElse(null);
        OrganisationForm form = OrganisationForm.of(o, supervisor);
        model.addAttribute(
                "form",
                new OrganisationForm(
                        form.kind(),
                        form.nameAr(),
                        form.nameFr(),
                        form.ice(),
                        form.tradeRegister(),
                        form.crafts(),
                        form.addressLine(),
                        form.provinceCode(),
                        form.communeCode(),
                        null,
                        supervisor,
                        form.version()));
        return form(model, id);
    }

    @PostMapping("/registry/organisations/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, id);
        }
        return forms.attempt(binding, model, () -> {
                    service.update(id, form);
                    return id;
                })
                .map(done -> forms.done(redirect, "registry.organisation.updated", "/registry/organisations/" + id))
                .orElseGet(() -> form(model, id));
    }

    private String form(Model model, Long id) {
        String region = users.current().scope().restriction().orElse(null);
        model.addAttribute("organisationId", id);
        model.addAttribute("provinces", reference.provinces(region));
        OrganisationForm current = (OrganisationForm) model.getAttribute("form");
        String province = current == null || current.provinceCode() == null
                ? ""
                : current.provinceCode().strip();
        model.addAttribute("communes", province.isEmpty() ? List.of() : reference.communes(province));
        model.addAttribute("crafts", reference.crafts());
        model.addAttribute("kinds", OrganisationKind.values());
        return FORM;
    }
}
