package ma.hirfa.infrastructure.lease;

import jakarta.validation.Valid;
import java.util.Locale;
import ma.hirfa.infrastructure.unit.ComplexRef;
import ma.hirfa.infrastructure.unit.Unit;
import ma.hirfa.infrastructure.unit.UnitStatus;
import ma.hirfa.infrastructure.unit.Units;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.transfer.Download;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A unit with its history and leases (and the form to lease it), and a lease with everything done to it. */
@Controller
class LeaseController {

    private static final String UNIT = "infrastructure/units/show";

    private final LeaseService service;
    private final LeaseViews views;
    private final LeaseContract contract;
    private final Units units;
    private final FormPages forms;

    LeaseController(LeaseService service, LeaseViews views, LeaseContract contract, Units units, FormPages forms) {
        this.service = service;
        this.views = views;
        this.contract = contract;
        this.units = units;
        this.forms = forms;
    }

    @GetMapping("/infrastructure/units/{id}")
    String unit(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("form", LeaseForm.startingOn(units.today()));
        return unitPage(id, locale, model);
    }

    @PostMapping("/infrastructure/units/{id}/leases")
    String lease(
            @PathVariable long id,
            @Valid @ModelAttribute("form") LeaseForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return unitPage(id, locale, model);
        }
        return forms.attempt(binding, model, () -> service.create(id, form))
                .map(lease -> forms.done(redirect, "infrastructure.lease.created", "/infrastructure/leases/" + lease))
                .orElseGet(() -> unitPage(id, locale, model));
    }

    @GetMapping("/infrastructure/leases/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        LeaseView lease = views.full(id, locale);
        model.addAttribute("lease", lease);
        model.addAttribute("today", units.today());
        model.addAttribute("reasons", TerminationReason.values());
        return "infrastructure/leases/show";
    }

    @PostMapping("/infrastructure/leases/{id}/payments")
    String pay(
            @PathVariable long id,
            @Valid @ModelAttribute PaymentForm form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                target(id), binding, locale, redirect, () -> service.pay(id, form), "infrastructure.lease.paymentDone");
    }

    @PostMapping("/infrastructure/leases/{id}/renewal")
    String renew(
            @PathVariable long id,
            @Valid @ModelAttribute RenewalForm form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                target(id), binding, locale, redirect, () -> service.renew(id, form), "infrastructure.lease.renewed");
    }

    @PostMapping("/infrastructure/leases/{id}/termination")
    String terminate(
            @PathVariable long id,
            @Valid @ModelAttribute TerminationForm form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                target(id),
                binding,
                locale,
                redirect,
                () -> service.terminate(id, form),
                "infrastructure.lease.terminatedDone");
    }

    @PostMapping("/infrastructure/leases/{id}/keys")
    String keys(
            @PathVariable long id,
            @Valid @ModelAttribute KeysForm form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                target(id),
                binding,
                locale,
                redirect,
                () -> service.handOverKeys(id, form),
                "infrastructure.lease.keysDone");
    }

    @GetMapping("/infrastructure/leases/{id}/contract.pdf")
    ResponseEntity<byte[]> contract(@PathVariable long id) {
        return Download.inline("lease-" + id + ".pdf", MediaType.APPLICATION_PDF, contract.pdf(id));
    }

    private String unitPage(long id, Locale locale, Model model) {
        Unit unit = units.get(id);
        ComplexRef complex = units.complex(unit.complexId());
        model.addAttribute("unit", unit);
        model.addAttribute("complex", complex);
        model.addAttribute("complexName", complex.name(locale));
        model.addAttribute("history", units.history(id));
        model.addAttribute("leases", views.ofUnit(id, locale));
        model.addAttribute("today", units.today());
        model.addAttribute(
                "manualStatuses",
                new UnitStatus[] {UnitStatus.VACANT, UnitStatus.UNDER_WORKS, UnitStatus.OUT_OF_SERVICE});
        return UNIT;
    }

    private static String target(long id) {
        return "/infrastructure/leases/" + id;
    }
}
