package ma.hirfa.apprenticeship.contract;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.reference.TrainingLevel;
import ma.hirfa.training.TrainingRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
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
    private final MessageSource messages;

    ContractController(ContractService service, ContractViews views, ReferenceData reference, MessageSource messages) {
        this.service = service;
        this.views = views;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/apprenticeship/contracts")
    String list(@RequestParam(required = false) ContractStatus status, Locale locale, Model model) {
        model.addAttribute(
                "contracts",
                service.search(status).stream().map(c -> views.brief(c, locale)).toList());
        model.addAttribute("statuses", ContractStatus.values());
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
            Locale locale,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model);
        }
        try {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "apprenticeship.contract.created");
            return "redirect:/apprenticeship/contracts/" + id;
        } catch (ContractRefusedException e) {
            reject(binding, e.problems(), locale);
        }
        return form(model);
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
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"certificate-" + id + ".pdf\"")
                .body(service.certificatePdf(id, english));
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
        if (binding.hasErrors()) {
            redirect.addFlashAttribute(
                    "errors",
                    binding.getAllErrors().stream()
                            .map(e -> messages.getMessage(e, locale))
                            .toList());
            return "redirect:/apprenticeship/contracts/" + id;
        }
        try {
            action.run();
            redirect.addFlashAttribute("message", success);
        } catch (ContractRefusedException e) {
            redirect.addFlashAttribute("errors", translate(e.problems(), locale));
        } catch (TrainingRefusedException e) {
            redirect.addFlashAttribute("errors", List.of(messages.getMessage(e.messageKey(), e.arguments(), locale)));
        }
        return "redirect:/apprenticeship/contracts/" + id;
    }

    private List<String> translate(List<Problem> problems, Locale locale) {
        return problems.stream()
                .map(p -> messages.getMessage(p.key(), p.args().toArray(), locale))
                .toList();
    }

    private void reject(BindingResult binding, List<Problem> problems, Locale locale) {
        for (Problem p : problems) {
            String text = messages.getMessage(p.key(), p.args().toArray(), locale);
            if (p.field().isEmpty()) {
                binding.reject(p.key(), text);
            } else {
                binding.rejectValue(p.field(), p.key(), p.args().toArray(), text);
            }
        }
    }

    private String form(Model model) {
        model.addAttribute("crafts", reference.crafts());
        model.addAttribute("levels", TrainingLevel.values());
        return FORM;
    }
}
