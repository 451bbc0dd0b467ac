package ma.hirfa.infrastructure.lease;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import ma.hirfa.infrastructure.unit.ComplexRef;
import ma.hirfa.infrastructure.unit.Units;
import ma.hirfa.platform.FormPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The allocation of a complex's units from a call's final ranking (linked from the call page): before, the
 * ranking and the days of the leases; after, who got which unit (with the lease) and who got nothing and why.
 */
@Controller
class AllocationController {

    private final Allocations allocations;
    private final LeaseAllocation allocation;
    private final Units units;
    private final FormPages forms;

    AllocationController(Allocations allocations, LeaseAllocation allocation, Units units, FormPages forms) {
        this.allocations = allocations;
        this.allocation = allocation;
        this.units = units;
        this.forms = forms;
    }

    @GetMapping("/infrastructure/complexes/{id}/allocations/{callId}")
    String show(@PathVariable long id, @PathVariable long callId, Locale locale, Model model) {
        ComplexRef complex = units.complex(id);
        model.addAttribute("complex", complex);
        model.addAttribute("complexName", complex.name(locale));
        model.addAttribute("callId", callId);
        Optional<Allocation> made = allocation.made(callId, id);
        if (made.isPresent()) {
            model.addAttribute("allocation", made.get());
            model.addAttribute("made", allocation.record(callId).orElseThrow());
        } else {
            model.addAttribute("ranking", allocations.ranking(id, callId));
            model.addAttribute("form", allocation.proposal(callId));
        }
        return "infrastructure/allocations/show";
    }

    @PostMapping("/infrastructure/complexes/{id}/allocations")
    String allocate(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AllocationRequest form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        String page = "/infrastructure/complexes/" + id + "/allocations/" + form.callId();
        return forms.redirect(
                page,
                binding,
                locale,
                redirect,
                () -> allocations.allocate(id, form),
                "infrastructure.allocation.done");
    }
}
