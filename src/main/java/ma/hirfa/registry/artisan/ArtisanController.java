package ma.hirfa.registry.artisan;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Language;
import ma.hirfa.reference.ReferenceData;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ArtisanController {

    private static final String FORM = "registry/artisans/form";

    private final ArtisanService service;
    private final ArtisanWorkflow workflow;
    private final ArtisanTimeline timeline;
    private final ArtisanViews views;
    private final SupportingDocuments documents;
    private final ReferenceData reference;
    private final CurrentUsers users;

    ArtisanController(
            ArtisanService service,
            ArtisanWorkflow workflow,
            ArtisanTimeline timeline,
            ArtisanViews views,
            SupportingDocuments documents,
            ReferenceData reference,
            CurrentUsers users) {
        this.service = service;
        this.workflow = workflow;
        this.timeline = timeline;
        this.views = views;
        this.documents = documents;
        this.reference = reference;
        this.users = users;
    }

    @GetMapping("/registry/artisans")
    String list(@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        Page<Artisan> result = service.list(page);
        Language language = Language.of(locale);
        model.addAttribute("artisans", result.map(a -> views.of(a, language)));
        return "registry/artisans/list";
    }

    @GetMapping("/registry/artisans/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Artisan file = service.get(id);
        model.addAttribute("artisan", views.of(file, Language.of(locale)));
        model.addAttribute("transitions", workflow.available(file));
        model.addAttribute("events", timeline.of(id));
        model.addAttribute("documents", documents.of(file));
        return "registry/artisans/show";
    }

    @GetMapping("/registry/artisans/new")
    String create(Model model) {
        model.addAttribute("form", ArtisanForm.empty());
        return form(model, null);
    }

    @PostMapping("/registry/artisans")
    String create(
            @Valid @ModelAttribute("form") ArtisanForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "registry.artisan.created");
            return "redirect:/registry/artisans/" + id;
        } catch (InvalidArtisanException e) {
            reject(binding, e.problems());
        } catch (DuplicateArtisanException e) {
            binding.rejectValue("nationalId", "registry.artisan.nationalId.taken");
            model.addAttribute("existingId", e.existingId());
        }
        return form(model, null);
    }

    @GetMapping("/registry/artisans/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", ArtisanForm.of(service.get(id)));
        return form(model, id);
    }

    @PostMapping("/registry/artisans/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ArtisanForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, id);
        }
        try {
            service.update(id, form);
            redirect.addFlashAttribute("message", "registry.artisan.updated");
            return "redirect:/registry/artisans/" + id;
        } catch (InvalidArtisanException e) {
            reject(binding, e.problems());
        } catch (DuplicateArtisanException e) {
            binding.rejectValue("nationalId", "registry.artisan.nationalId.taken");
            model.addAttribute("existingId", e.existingId());
        } catch (OptimisticLockingFailureException e) {
            binding.reject("registry.artisan.concurrentChange");
        }
        return form(model, id);
    }

    private String form(Model model, Long id) {
        String region = users.current().scope().restriction().orElse(null);
        model.addAttribute("artisanId", id);
        model.addAttribute("provinces", reference.provinces(region));
        ArtisanForm current = (ArtisanForm) model.getAttribute("form");
        model.addAttribute(
                "communes",
                current == null
                                || current.provinceCode() == null
                                || current.provinceCode().isBlank()
                        ? java.util.List.of()
                        : reference.communes(current.provinceCode().strip()));
        model.addAttribute("crafts", reference.crafts());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("bases", QualificationBasis.values());
        model.addAttribute("taxStatuses", TaxStatus.values());
        return FORM;
    }

    private static void reject(BindingResult binding, Map<String, String> problems) {
        problems.forEach((field, key) -> {
            if (field.isEmpty()) {
                binding.reject(key);
            } else {
                binding.rejectValue(field, key);
            }
        });
    }
}
