package ma.hirfa.registry.artisan;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.ArtisanAccounts;
import ma.hirfa.platform.Language;
import ma.hirfa.registry.correction.Corrections;
import ma.hirfa.registry.document.SupportingDocuments;
import ma.hirfa.registry.duplicate.DuplicateCheck;
import ma.hirfa.registry.duplicate.PossibleDuplicateException;
import ma.hirfa.registry.merge.ArtisanMerges;
import ma.hirfa.registry.privacy.Consents;
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

    private final ArtisanService service;
    private final ArtisanWorkflow workflow;
    private final ArtisanTimeline timeline;
    private final Consents consents;
    private final Corrections corrections;
    private final ArtisanRequests requests;
    private final ArtisanAccounts accounts;
    private final ArtisanViews views;
    private final ArtisanFormPage formPage;
    private final SupportingDocuments documents;
    private final DuplicateCheck duplicates;
    private final ArtisanMerges merges;

    ArtisanController(
            ArtisanService service,
            ArtisanWorkflow workflow,
            ArtisanTimeline timeline,
            Consents consents,
            Corrections corrections,
            ArtisanRequests requests,
            ArtisanAccounts accounts,
            ArtisanViews views,
            ArtisanFormPage formPage,
            SupportingDocuments documents,
            DuplicateCheck duplicates,
            ArtisanMerges merges) {
        this.service = service;
        this.workflow = workflow;
        this.timeline = timeline;
        this.consents = consents;
        this.corrections = corrections;
        this.requests = requests;
        this.accounts = accounts;
        this.views = views;
        this.formPage = formPage;
        this.documents = documents;
        this.duplicates = duplicates;
        this.merges = merges;
    }

    @GetMapping("/registry/artisans")
    String list(
            @ModelAttribute("search") ArtisanSearch search,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        Page<Artisan> result = service.search(search, page);
        Language language = Language.of(locale);
        model.addAttribute("artisans", result.map(a -> views.of(a, language)));
        formPage.filterChoices(model);
        model.addAttribute("communes", formPage.communesOf(search.province()));
        model.addAttribute("statuses", ArtisanStatus.values());
        return "registry/artisans/list";
    }

    @GetMapping("/registry/artisans/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Artisan file = service.get(id);
        model.addAttribute("artisan", views.of(file, Language.of(locale)));
        model.addAttribute("transitions", workflow.available(file));
        model.addAttribute("events", timeline.of(id));
        model.addAttribute("consents", consents.of(id).values());
        model.addAttribute(
                "pendingCorrection",
                corrections
                        .pending(id)
                        .map(c -> corrections.view(c, file, Language.of(locale)))
                        .orElse(null));
        model.addAttribute("requests", requests.open(id));
        model.addAttribute("artisanAccount", accounts.usernameOf(id).orElse(null));
        model.addAttribute("documents", documents.of(file));
        model.addAttribute("merge", merges.of(file));
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
            @RequestParam(defaultValue = "false") boolean confirmNotDuplicate,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = duplicates.create(form, confirmNotDuplicate);
            redirect.addFlashAttribute("message", "registry.artisan.created");
            return "redirect:/registry/artisans/" + id;
        } catch (InvalidArtisanException e) {
            reject(binding, e.problems());
        } catch (DuplicateArtisanException e) {
            binding.rejectValue("nationalId", "registry.artisan.nationalId.taken");
            model.addAttribute("existingId", e.existingId());
        } catch (PossibleDuplicateException e) {
            model.addAttribute("candidates", e.candidates());
        }
        return form(model, null);
    }

    /** Files not yet registered are edited; registered ones get a correction proposal for a reviewer. */
    @GetMapping("/registry/artisans/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Artisan file = service.get(id);
        model.addAttribute("form", ArtisanForm.of(file));
        model.addAttribute("correction", !file.status().editable());
        return form(model, id);
    }

    @PostMapping("/registry/artisans/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ArtisanForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "false") boolean confirmNotDuplicate,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, id);
        }
        try {
            duplicates.update(id, form, confirmNotDuplicate);
            redirect.addFlashAttribute("message", "registry.artisan.updated");
            return "redirect:/registry/artisans/" + id;
        } catch (InvalidArtisanException e) {
            reject(binding, e.problems());
        } catch (DuplicateArtisanException e) {
            binding.rejectValue("nationalId", "registry.artisan.nationalId.taken");
            model.addAttribute("existingId", e.existingId());
        } catch (OptimisticLockingFailureException e) {
            binding.reject("registry.artisan.concurrentChange");
        } catch (PossibleDuplicateException e) {
            model.addAttribute("candidates", e.candidates());
        }
        return form(model, id);
    }

    private String form(Model model, Long id) {
        return formPage.show(model, id);
    }

    private static void reject(BindingResult binding, Map<String, String> problems) {
        ArtisanFormPage.reject(binding, problems);
    }
}
