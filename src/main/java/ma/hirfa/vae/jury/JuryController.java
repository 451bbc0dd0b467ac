package ma.hirfa.vae.jury;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.list.ListRequest;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.reference.TrainingLevel;
import ma.hirfa.training.TrainingProgrammes;
import ma.hirfa.vae.application.ApplicationRepository;
import ma.hirfa.vae.application.ApplicationService;
import ma.hirfa.vae.application.ApplicationStatus;
import ma.hirfa.vae.application.Outcome;
import ma.hirfa.vae.application.VaeViews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of jury sessions: list and planning, then members, candidates, grids and decisions. */
@Controller
class JuryController {

    private final JuryService service;
    private final ApplicationService applications;
    private final VaeViews views;
    private final ReferenceData reference;
    private final FormPages forms;
    private final TrainingProgrammes programmes;

    JuryController(
            JuryService service,
            ApplicationService applications,
            VaeViews views,
            ReferenceData reference,
            FormPages forms,
            TrainingProgrammes programmes) {
        this.service = service;
        this.applications = applications;
        this.views = views;
        this.reference = reference;
        this.forms = forms;
        this.programmes = programmes;
    }

    @GetMapping("/vae/juries")
    String list(ListRequest list, Locale locale, Model model) {
        Sort order = list.sort(JuryRepository.SORTS);
        model.addAttribute("juries", service.search(order, list.page()).map(j -> views.jury(j, locale)));
        model.addAttribute("links", list.links(order));
        model.addAttribute("crafts", reference.crafts());
        model.addAttribute("regions", reference.regions());
        return "vae/juries/list";
    }

    @PostMapping("/vae/juries")
    String create(
            @Valid @ModelAttribute JuryForm form, BindingResult binding, Locale locale, RedirectAttributes redirect) {
        long[] created = new long[1];
        String target = forms.redirect(
                "/vae/juries", binding, locale, redirect, () -> created[0] = service.create(form), "vae.jury.created");
        return created[0] == 0 ? target : "redirect:/vae/juries/" + created[0];
    }

    @GetMapping("/vae/juries/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Jury jury = service.get(id);
        model.addAttribute("jury", views.jury(jury, locale));
        model.addAttribute(
                "eligible",
                applications
                        .search(
                                ApplicationStatus.ELIGIBLE,
                                jury.craftCode(),
                                ApplicationRepository.SORTS.resolve(null, null),
                                PageSpec.first(PageSpec.MAX_SIZE))
                        .map(a -> views.brief(a, locale)));
        model.addAttribute("kinds", MemberKind.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("programmes", programmes.forCraft(jury.craftCode()));
        model.addAttribute("levels", TrainingLevel.values());
        return "vae/juries/show";
    }

    @PostMapping("/vae/juries/{id}/members")
    String addMember(
            @PathVariable long id,
            @Valid @ModelAttribute MemberForm form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                "/vae/juries/" + id, binding, locale, redirect, () -> service.addMember(id, form), "vae.member.added");
    }

    @PostMapping("/vae/juries/{id}/candidates")
    String schedule(
            @PathVariable long id, @RequestParam long applicationId, Locale locale, RedirectAttributes redirect) {
        return forms.redirect(
                "/vae/juries/" + id, locale, redirect, () -> service.schedule(id, applicationId), "vae.jury.scheduled");
    }

    /** The grid arrives as {@code acquired-<competencyId>=true|false} and {@code comment-<competencyId>}. */
    @PostMapping("/vae/juries/{id}/evaluations")
    String evaluate(
            @PathVariable long id,
            @RequestParam long applicationId,
            @RequestParam Map<String, String> fields,
            Locale locale,
            RedirectAttributes redirect) {
        List<GridForm.Score> scores = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("acquired-") && !value.isBlank()) {
                String competency = name.substring("acquired-".length());
                scores.add(new GridForm.Score(
                        Long.valueOf(competency), Boolean.valueOf(value), fields.get("comment-" + competency)));
            }
        });
        return forms.redirect(
                "/vae/juries/" + id,
                locale,
                redirect,
                () -> service.evaluate(id, new GridForm(applicationId, scores)),
                "vae.grid.saved");
    }

    @PostMapping("/vae/juries/{id}/decision")
    String decide(
            @PathVariable long id,
            @Valid @ModelAttribute DecisionForm form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                "/vae/juries/" + id, binding, locale, redirect, () -> service.decide(id, form), "vae.decision.saved");
    }
}
