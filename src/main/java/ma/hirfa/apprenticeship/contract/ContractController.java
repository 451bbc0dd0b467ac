package ma.hirfa.apprenticeship.contract;

import jakarta.validation.Valid;
import java.util.Locale;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.list.ListOption;
import ma.hirfa.platform.list.ListRequest;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.platform.transfer.Download;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.reference.TrainingLevel;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of apprenticeship contracts: list, new contract, and a contract with its logbook and its end. */
@Controller
class ContractController {

    private static final String FORM = "apprenticeship/contracts/form";

    private final ContractService service;
    private final ContractViews views;
    private final ReferenceData reference;
    private final FormPages forms;

    ContractController(ContractService service, ContractViews views, ReferenceData reference, FormPages forms) {
        this.service = service;
        this.views = views;
        this.reference = reference;
        this.forms = forms;
    }

    @GetMapping("/apprenticeship/contracts")
    String list(@RequestParam(required = false) ContractStatus status, ListRequest list, Locale locale, Model model) {
        Sort order = list.sort(ContractRepository.SORTS);
        model.addAttribute(
                "contracts", service.search(status, order, list.page()).map(c -> views.brief(c, locale)));
        model.addAttribute("links", list.links(order));
        model.addAttribute("statusOptions", ListOption.of(ContractStatus.values(), "apprenticeship.status"));
        model.addAttribute("status", status);
        return "apprenticeship/contracts/list";
    }

    @GetMapping("/apprenticeship/contracts/new")
    String create(Model model) {
        model.addAttribute("form", ContractForm.empty());
        return form(model);
    }

    @PostMapping("/apprenticeship/contracts")
    String create(
            @Valid @ModelAttribute("form") ContractForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model);
        }
        return forms.attempt(binding, model, () -> service.create(form))
                .map(id -> forms.done(redirect, "apprenticeship.contract.created", "/apprenticeship/contracts/" + id))
                .orElseGet(() -> form(model));
    }

    @GetMapping("/apprenticeship/contracts/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("contract", views.full(service.get(id), locale));
        model.addAttribute("results", AssessmentResult.values());
        return "apprenticeship/contracts/show";
    }

    @PostMapping("/apprenticeship/contracts/{id}/logbook")
    String addEntry(
            @PathVariable long id,
            @Valid @ModelAttribute LogbookForm form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, binding, locale, redirect, () -> service.addEntry(id, form), "apprenticeship.logbook.added");
    }

    @PostMapping("/apprenticeship/contracts/{id}/logbook/{entryId}/evaluations")
    String evaluate(
            @PathVariable long id,
            @PathVariable long entryId,
            @Valid @ModelAttribute EvaluationForm form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                id,
                binding,
                locale,
                redirect,
                () -> service.evaluate(id, entryId, form),
                "apprenticeship.logbook.evaluated");
    }

    @PostMapping("/apprenticeship/contracts/{id}/assessment")
    String assess(
            @PathVariable long id,
            @Valid @ModelAttribute AssessmentForm form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, binding, locale, redirect, () -> service.assess(id, form), "apprenticeship.assessment.done");
    }

    @PostMapping("/apprenticeship/contracts/{id}/certificate")
    String certify(
            @PathVariable long id,
            @Valid @ModelAttribute CertifyForm form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                id,
                binding,
                locale,
                redirect,
                () -> service.certify(id, form.apprenticeReference()),
                "apprenticeship.certificate.issued");
    }

    @GetMapping("/apprenticeship/contracts/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @RequestParam(defaultValue = "false") boolean english) {
        return Download.inline(
                "certificate-" + id + ".pdf", MediaType.APPLICATION_PDF, service.certificatePdf(id, english));
    }

    @PostMapping("/apprenticeship/contracts/{id}/abandonment")
    String abandon(
            @PathVariable long id,
            @Valid @ModelAttribute AbandonForm form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, binding, locale, redirect, () -> service.abandon(id, form), "apprenticeship.contract.abandoned");
    }

    private String act(
            long id,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect,
            Runnable action,
            String success) {
        service.get(id);
        return forms.redirect("/apprenticeship/contracts/" + id, binding, locale, redirect, action, success);
    }

    private String form(Model model) {
        model.addAttribute("crafts", reference.crafts());
        model.addAttribute("levels", TrainingLevel.values());
        return FORM;
    }
}
