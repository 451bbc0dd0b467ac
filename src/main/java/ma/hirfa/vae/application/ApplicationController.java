package ma.hirfa.vae.application;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
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
    private final PageErrors errors;

    ApplicationController(ApplicationService service, VaeViews views, ReferenceData reference, PageErrors errors) {
        this.service = service;
        this.views = views;
        this.reference = reference;
        this.errors = errors;
    }

    @GetMapping("/vae/applications")
    String list(@RequestParam(required = false) ApplicationStatus status, Locale locale, Model model) {
        model.addAttribute(
                "applications",
                service.search(status).stream().map(a -> views.brief(a, locale)).toList());
        model.addAttribute("statuses", ApplicationStatus.values());
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
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model);
        }
        try {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "vae.application.created");
            return "redirect:/vae/applications/" + id;
        } catch (VaeRefusedException e) {
            errors.reject(binding, e.problems(), locale);
        }
        return form(model);
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
        return errors.run(
                "/vae/applications/" + id,
                null,
                locale,
                redirect,
                () -> {
                    try {
                        service.addEvidence(id, file.getOriginalFilename(), file.getBytes());
                    } catch (IOException e) {
                        throw new VaeRefusedException("file", "vae.evidence.empty");
                    }
                },
                "vae.evidence.added");
    }

    @PostMapping("/vae/applications/{id}/submission")
    String submit(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return errors.run(
                "/vae/applications/" + id,
                null,
                locale,
                redirect,
                () -> service.submit(id),
                "vae.application.submitted");
    }

    private String form(Model model) {
        model.addAttribute("crafts", reference.crafts());
        model.addAttribute("levels", TrainingLevel.values());
        return "vae/applications/form";
    }
}
