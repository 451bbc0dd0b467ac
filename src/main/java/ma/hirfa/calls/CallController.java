package ma.hirfa.calls;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.list.ListRequest;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.reference.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of calls: the list, a new call, the call page (grid, items, applications, committee, ranking, appeals). */
@Controller
class CallController {

    private final Calls calls;
    private final Committee committee;
    private final Results results;
    private final Appeals appeals;
    private final Offerings offerings;
    private final CallViews views;
    private final ReferenceData reference;
    private final FormPages forms;

    CallController(
            Calls calls,
            Committee committee,
            Results results,
            Appeals appeals,
            Offerings offerings,
            CallViews views,
            ReferenceData reference,
            FormPages forms) {
        this.calls = calls;
        this.committee = committee;
        this.results = results;
        this.appeals = appeals;
        this.offerings = offerings;
        this.views = views;
        this.reference = reference;
        this.forms = forms;
    }

    @GetMapping("/calls")
    String list(ListRequest list, Locale locale, Model model) {
        Sort order = list.sort(CallRepository.SORTS);
        model.addAttribute("calls", calls.search(order, list.page()).map(c -> views.call(c, locale)));
        model.addAttribute("links", list.links(order));
        return "calls/list";
    }

    /** First the kind and the owner (often linked from the offering module's page), then the rest of the call. */
    @GetMapping("/calls/new")
    String newCall(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Long ownerId,
            Locale locale,
            Model model) {
        LocalDate today = calls.today();
        model.addAttribute(
                "newCall",
                new NewCall(kind, ownerId, null, "", "", "", "", List.of(), today, today.plusDays(30), 15, null));
        return form(kind, ownerId, locale, model);
    }

    @PostMapping("/calls")
    String create(@Valid @ModelAttribute("newCall") NewCall form, BindingResult binding, Locale locale, Model model) {
        return forms.attempt(binding, model, () -> calls.create(form))
                .map(id -> "redirect:/calls/" + id)
                .orElseGet(() -> form(form.kind(), form.ownerId(), locale, model));
    }

    private String form(String kind, Long ownerId, Locale locale, Model model) {
        model.addAttribute("kinds", offerings.kinds());
        model.addAttribute("regions", reference.regions());
        if (kind != null && ownerId != null && offerings.kinds().contains(kind)) {
            model.addAttribute("ownerName", offerings.of(kind).ownerName(ownerId, locale));
            model.addAttribute("offerable", calls.offerable(kind, ownerId));
        }
        return "calls/form";
    }

    @GetMapping("/calls/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Call call = calls.get(id);
        model.addAttribute("call", views.call(call, locale));
        List<CallViews.StandingView> standings =
                results.standings(id).stream().map(views::standing).toList();
        model.addAttribute("standings", standings);
        model.addAttribute("choices", views.choices(call, standings));
        model.addAttribute("members", committee.members(id));
        model.addAttribute("appeals", appeals.ofCall(id));
        model.addAttribute("defaults", GridCriterion.defaults());
        model.addAttribute(
                "afterFinal",
                call.status() == CallStatus.FINAL
                        ? offerings
                                .of(call.kind())
                                .afterFinal(id, call.ownerId())
                                .orElse(null)
                        : null);
        return "calls/show";
    }

    /** The grid arrives as {@code weight-<CODE>} and {@code max-<CODE>}; a weight of 0 leaves the criterion out. */
    @PostMapping("/calls/{id}/grid")
    String grid(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Locale locale,
            RedirectAttributes redirect) {
        List<GridCriterion> grid = new ArrayList<>();
        for (CriterionCode code : CriterionCode.values()) {
            int weight = number(fields.get("weight-" + code));
            if (weight > 0) {
                grid.add(new GridCriterion(
                        code, Math.min(weight, 100), Math.max(1, Math.min(number(fields.get("max-" + code)), 20))));
            }
        }
        return forms.redirect(
                "/calls/" + id, null, locale, redirect, () -> calls.editGrid(id, grid), "calls.grid.saved");
    }

    @PostMapping("/calls/{id}/{step:opening|closing|publication|finalisation}")
    String step(@PathVariable long id, @PathVariable String step, Locale locale, RedirectAttributes redirect) {
        Runnable action = switch (step) {
            case "opening" -> () -> calls.open(id);
            case "closing" -> () -> calls.close(id);
            case "publication" -> () -> results.publish(id);
            default -> () -> results.declareFinal(id);
        };
        return forms.redirect("/calls/" + id, locale, redirect, action, "calls.step." + step);
    }

    @PostMapping("/calls/{id}/members")
    String addMember(
            @PathVariable long id,
            @Valid @ModelAttribute CallMemberForm form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                "/calls/" + id, binding, locale, redirect, () -> committee.addMember(id, form), "calls.member.added");
    }

    @PostMapping("/calls/{id}/appeals/{appealId}/decision")
    String decide(
            @PathVariable long id,
            @PathVariable long appealId,
            @Valid @ModelAttribute AppealForms.Decide form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                "/calls/" + id,
                binding,
                locale,
                redirect,
                () -> appeals.decide(id, appealId, form),
                "calls.appeal.decidedDone");
    }

    private static int number(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
