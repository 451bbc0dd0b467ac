package ma.hirfa.calls;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Refusal;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Applying: staff on the call page for an artisan (registration number or national id) or a cooperative (its
 * number), an artisan on their own "apply" page, which then shows their result and lets them appeal.
 */
@Controller
class CallApplicationController {

    /** The staff form: who applies and up to three choices, first choice first. */
    record StaffApplication(
            Applicant.Kind applicantKind,
            @jakarta.validation.constraints.Size(max = 30) String artisanReference,
            Long organisationId,
            List<String> preferences) {}

    /** The artisan's form: up to three choices. */
    record OwnApplication(List<String> preferences) {}

    private final Calls calls;
    private final Results results;
    private final Appeals appeals;
    private final CallViews views;
    private final RegisteredArtisans artisans;
    private final CurrentUsers users;
    private final FormPages forms;

    CallApplicationController(
            Calls calls,
            Results results,
            Appeals appeals,
            CallViews views,
            RegisteredArtisans artisans,
            CurrentUsers users,
            FormPages forms) {
        this.calls = calls;
        this.results = results;
        this.appeals = appeals;
        this.views = views;
        this.artisans = artisans;
        this.users = users;
        this.forms = forms;
    }

    @PostMapping("/calls/{id}/applications")
    String apply(
            @PathVariable long id,
            @Valid @ModelAttribute StaffApplication form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                "/calls/" + id,
                binding,
                locale,
                redirect,
                () -> calls.apply(id, applicant(form), form.preferences()),
                "calls.application.saved");
    }

    private Applicant applicant(StaffApplication form) {
        if (form.applicantKind() == Applicant.Kind.ORGANISATION) {
            if (form.organisationId() == null) {
                throw Refusal.invalid().field("organisationId", "calls.application.applicantRequired");
            }
            return Applicant.organisation(form.organisationId());
        }
        return artisans.findByReference(form.artisanReference())
                .map(ArtisanSummary::id)
                .map(Applicant::artisan)
                .orElseThrow(() -> Refusal.invalid().field("artisanReference", "calls.eligibility.unknown"));
    }

    /** The artisan's page: the call in plain words and the form; once applied, their application and result. */
    @GetMapping("/calls/{id}/apply")
    String own(@PathVariable long id, Locale locale, Model model) {
        Call call = calls.get(id);
        model.addAttribute("call", views.call(call, locale));
        List<Standing> mine = results.standings(id);
        Long artisanId = users.current().artisanId();
        model.addAttribute(
                "mine",
                artisanId == null
                        ? null
                        : mine.stream()
                                .filter(s -> s.application().applicant().equals(Applicant.artisan(artisanId)))
                                .map(views::standing)
                                .findFirst()
                                .orElse(null));
        model.addAttribute("applied", artisanId != null && calls.hasApplied(id, Applicant.artisan(artisanId)));
        model.addAttribute("open", call.takesApplicationsOn(calls.today()));
        List<Appeal> lodged = appeals.ofCall(id);
        Long applicationId = mine.stream()
                .filter(s -> artisanId != null && s.application().applicant().equals(Applicant.artisan(artisanId)))
                .map(s -> s.application().id())
                .findFirst()
                .orElse(null);
        // one appeal waiting at a time: the form comes back once it is decided (and the window still runs)
        boolean waiting = lodged.stream()
                .anyMatch(a -> a.pending() && Long.valueOf(a.applicationId()).equals(applicationId));
        model.addAttribute(
                "appealOpen",
                !waiting
                        && call.status() == CallStatus.PUBLISHED
                        && !calls.today().isAfter(call.appealsUntil()));
        model.addAttribute("appeals", appeals.ofCall(id));
        return "calls/apply";
    }

    @PostMapping("/calls/{id}/apply")
    String applyOwn(
            @PathVariable long id, @ModelAttribute OwnApplication form, Locale locale, RedirectAttributes redirect) {
        return forms.redirect(
                "/calls/" + id + "/apply",
                locale,
                redirect,
                () -> calls.applyOwn(id, form.preferences()),
                "calls.application.ownSaved");
    }

    /** An appeal lodged by staff for an applicant, from the call page. */
    @PostMapping("/calls/{id}/appeals")
    String staffAppeal(
            @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam long applicationId,
            @Valid @ModelAttribute AppealForms.Lodge form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                "/calls/" + id,
                binding,
                locale,
                redirect,
                () -> appeals.lodge(id, applicationId, form),
                "calls.appeal.lodged");
    }

    /** An appeal, from the artisan's page (or by staff through this address); back to where it came from. */
    @PostMapping("/calls/{id}/applications/{applicationId}/appeals")
    String appeal(
            @PathVariable long id,
            @PathVariable long applicationId,
            @Valid @ModelAttribute AppealForms.Lodge form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect) {
        String back = users.current().artisanId() != null ? "/calls/" + id + "/apply" : "/calls/" + id;
        return forms.redirect(
                back, binding, locale, redirect, () -> appeals.lodge(id, applicationId, form), "calls.appeal.lodged");
    }
}
