package ma.hirfa.registry.artisan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import ma.hirfa.platform.ArtisanAccounts;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.list.ListLinks;
import ma.hirfa.platform.list.ListOption;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.ListRequest;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.registry.correction.Corrections;
import ma.hirfa.registry.document.SupportingDocuments;
import ma.hirfa.registry.duplicate.DuplicateCheck;
import ma.hirfa.registry.merge.ArtisanMerges;
import ma.hirfa.registry.privacy.Consents;
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
    private final ArtisanList list;
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
    private final FormPages forms;
    private final ApprovalChecklist checklist;

    ArtisanController(
            ArtisanService service,
            ArtisanList list,
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
            ArtisanMerges merges,
            FormPages forms,
            ApprovalChecklist checklist) {
        this.forms = forms;
        this.checklist = checklist;
        this.service = service;
        this.list = list;
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
            ListRequest asked,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        Sort order = asked.sort(ArtisanQueries.SORTS);
        ArtisanList.Found found = list.find(search, order, asked.page());
        Language language = Language.of(locale);
        ListPage<ArtisanRow> rows = found.page()
                .map(a -> ArtisanRow.of(
                        views.of(a, language),
                        found.submitted().get(a.id()),
                        found.hits().get(a.id())));
        model.addAttribute("artisans", rows);
        model.addAttribute("searched", search.q() != null && !search.q().isBlank());
        model.addAttribute("links", ListLinks.of(request, order));
        formPage.filterChoices(model);
        model.addAttribute("communes", formPage.communesOf(search.province()));
        model.addAttribute("categoryOptions", ListOption.of(Category.values(), "registry.artisan.category"));
        model.addAttribute("statusOptions", ListOption.of(ArtisanStatus.values(), "registry.artisan.status"));
        return "registry/artisans/list";
    }

    @GetMapping("/registry/artisans/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Artisan file = service.get(id);
        model.addAttribute("artisan", views.of(file, Language.of(locale)));
        model.addAttribute("transitions", workflow.available(file));
        if (workflow.available(file).contains(Transition.APPROVE)) {
            model.addAttribute("checklist", checklist.of(file));
        }
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
            forms.alsoCheck(binding, () -> service.checkRules(form, null));
            return form(model, null);
        }
        return forms.attempt(binding, model, () -> duplicates.create(form, confirmNotDuplicate))
                .map(id -> forms.done(redirect, "registry.artisan.created", "/registry/artisans/" + id))
                .orElseGet(() -> form(model, null));
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
            forms.alsoCheck(binding, () -> service.checkRules(form, id));
            return form(model, id);
        }
        return forms.attempt(binding, model, () -> {
                    duplicates.update(id, form, confirmNotDuplicate);
                    return id;
                })
                .map(done -> forms.done(redirect, "registry.artisan.updated", "/registry/artisans/" + id))
                .orElseGet(() -> form(model, id));
    }

    private String form(Model model, Long id) {
        return formPage.show(model, id);
    }
}
