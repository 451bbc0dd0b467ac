package ma.hirfa.vae.application;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.list.ListOption;
import ma.hirfa.platform.list.ListRequest;
import ma.hirfa.platform.list.Sort;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of VAE applications: list, new application, and an application with evidence and eligibility. */
@Controller
class ApplicationController {

    private final ApplicationService service;
    private final VaeViews views;
    private final ReferenceData reference;
    private final FormPages forms;

    ApplicationController(ApplicationService service, VaeViews views, ReferenceData reference, FormPages forms) {
        this.service = service;
        this.views = views;
        this.reference = reference;
        this.forms = forms;
    }

    @GetMapping("/vae/applications")
    String list(
            @RequestParam(required = false) ApplicationStatus status, ListRequest list, Locale locale, Model model) {
        Sort order = list.sort(ApplicationRepository.SORTS);
        model.addAttribute(
                "applications", service.search(status, null, order, list.page()).map(a -> views.brief(a, locale)));
        model.addAttribute("links", list.links(order));
        model.addAttribute("statusOptions", ListOption.of(ApplicationStatus.values(), "vae.status"));
        model.addAttribute("status", status);
        return "vae/applications/list";
    }

    @GetMapping("/vae/applications/new")
    String create(Model model) {
        model.addAttribute("form", ApplicationForm.empty());
        return form(model);
    }

    @PostMapping("/vae/applications")
    String create(
            @Valid @ModelAttribute("form") ApplicationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model);
        }
        return forms.attempt(binding, model, () -> service.create(form))
                .map(id -> forms.done(redirect, "vae.application.created", "/vae/applications/" + id))
                .orElseGet(() -> form(model));
    }

    @GetMapping("/vae/applications/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("candidacy", views.full(service.get(id), locale));
        return "vae/applications/show";
    }

    @PostMapping("/vae/applications/{id}/evidence")
    String addEvidence(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                "/vae/applications/" + id,
                locale,
                redirect,
                () -> {
                    try {
                        service.addEvidence(id, file.getOriginalFilename(), file.getBytes());
                    } catch (IOException e) {
                        throw Refusal.invalid().field("file", "vae.evidence.empty");
                    }
                },
                "vae.evidence.added");
    }

    @PostMapping("/vae/applications/{id}/submission")
    String submit(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return forms.redirect(
                "/vae/applications/" + id, locale, redirect, () -> service.submit(id), "vae.application.submitted");
    }

    private String form(Model model) {
        model.addAttribute("crafts", reference.crafts());
        model.addAttribute("levels", TrainingLevel.values());
        return "vae/applications/form";
    }
}
