package ma.hirfa.infrastructure.unit;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.list.ListOption;
import ma.hirfa.platform.list.ListRequest;
import ma.hirfa.platform.list.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The units of a complex: their list with the occupancy chart, the floor plan, a new unit, a status set by hand. */
@Controller
class UnitController {

    private static final String LIST = "infrastructure/units/list";

    private final Units units;
    private final UnitRepository repository;
    private final FormPages forms;

    UnitController(Units units, UnitRepository repository, FormPages forms) {
        this.units = units;
        this.repository = repository;
        this.forms = forms;
    }

    @GetMapping("/infrastructure/complexes/{id}/units")
    String list(
            @PathVariable long id,
            @RequestParam(required = false) UnitStatus status,
            ListRequest list,
            Locale locale,
            Model model) {
        model.addAttribute("form", UnitForm.empty());
        return page(id, status, list, locale, model);
    }

    @PostMapping("/infrastructure/complexes/{id}/units")
    String create(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UnitForm form,
            BindingResult binding,
            ListRequest list,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(id, null, list, locale, model);
        }
        return forms.attempt(binding, model, () -> units.create(id, form))
                .map(unit -> forms.done(redirect, "infrastructure.unit.created", "/infrastructure/units/" + unit))
                .orElseGet(() -> page(id, null, list, locale, model));
    }

    @GetMapping("/infrastructure/complexes/{id}/floor-plan")
    String floorPlan(@PathVariable long id, Locale locale, Model model) {
        ComplexRef complex = units.complex(id);
        model.addAttribute("complex", complex);
        model.addAttribute("complexName", complex.name(locale));
        model.addAttribute("plan", FloorPlan.of(units.ofComplex(id)));
        model.addAttribute("today", units.today());
        return "infrastructure/units/floor-plan";
    }

    @PostMapping("/infrastructure/units/{id}/status")
    String status(
            @PathVariable long id,
            @Valid @ModelAttribute StatusForm form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                "/infrastructure/units/" + id,
                binding,
                locale,
                redirect,
                () -> units.changeStatus(id, form.status(), form.since(), form.reason()),
                "infrastructure.unit.statusChanged");
    }

    private String page(long id, UnitStatus status, ListRequest list, Locale locale, Model model) {
        ComplexRef complex = units.complex(id);
        Sort order = list.sort(UnitRepository.SORTS);
        LocalDate today = units.today();
        model.addAttribute("complex", complex);
        model.addAttribute("complexName", complex.name(locale));
        model.addAttribute("units", units.search(id, status, order, list.page()));
        model.addAttribute("links", list.links(order));
        model.addAttribute("statusOptions", ListOption.of(UnitStatus.values(), "infrastructure.unit.status"));
        model.addAttribute("status", status);
        model.addAttribute("types", UnitType.values());
        model.addAttribute("today", today);
        model.addAttribute("occupancy", Occupancy.chart(repository.historyOfComplex(id), today));
        return LIST;
    }
}
