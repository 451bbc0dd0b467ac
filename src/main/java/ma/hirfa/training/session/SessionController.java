package ma.hirfa.training.session;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.list.ListRequest;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.platform.transfer.Download;
import ma.hirfa.reference.Province;
import ma.hirfa.reference.ReferenceData;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of sessions: the list, planning a new one, and a session with its trainees and certificates. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'CHAMBER_MANAGER', 'CHAMBER_AGENT', 'FIELD_AGENT')")
class SessionController {

    private final FormPages forms;
    private final Sessions sessions;
    private final Programmes programmes;
    private final Enrolments enrolments;
    private final EligibleArtisans eligible;
    private final SessionCertificates certificates;
    private final ReferenceData reference;
    private final CurrentUsers users;

    SessionController(
            Sessions sessions,
            Programmes programmes,
            Enrolments enrolments,
            EligibleArtisans eligible,
            SessionCertificates certificates,
            ReferenceData reference,
            CurrentUsers users,
            FormPages forms) {
        this.forms = forms;
        this.sessions = sessions;
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.eligible = eligible;
        this.certificates = certificates;
        this.reference = reference;
        this.users = users;
    }

    @GetMapping({"/training", "/training/sessions"})
    String list(@RequestParam(required = false) SessionPeriod when, ListRequest list, Locale locale, Model model) {
        Sort order = list.sort(SessionListing.SORTS);
        model.addAttribute("sessions", sessions.page(Language.of(locale), when, order, list.page()));
        model.addAttribute("links", list.links(order));
        model.addAttribute("when", when);
        return "training/sessions/list";
    }

    @GetMapping("/training/sessions/new")
    String newSession(Locale locale, Model model) {
        model.addAttribute("form", SessionForm.empty());
        return form(locale, model);
    }

    @PostMapping("/training/sessions")
    String create(
            @Valid @ModelAttribute("form") SessionForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            forms.alsoCheck(errors, () -> sessions.checkRules(form));
            return form(locale, model);
        }
        return forms.attempt(errors, model, () -> sessions.create(form))
                .map(id -> forms.done(redirect, "training.session.created", "/training/sessions/" + id))
                .orElseGet(() -> form(locale, model));
    }

    @GetMapping("/training/sessions/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String q, Locale locale, Model model) {
        Language language = Language.of(locale);
        SessionView session = sessions.view(id, language);
        model.addAttribute("trainingSession", session);
        model.addAttribute("enrolments", enrolments.list(id, language));
        model.addAttribute("eligible", eligible.search(id, q, language));
        model.addAttribute("q", q);
        return "training/sessions/show";
    }

    /** The search box of the enrolment form asks this as the user types (htmx), for the candidates list only. */
    @GetMapping("/training/sessions/{id}/eligible")
    String eligible(@PathVariable long id, @RequestParam(required = false) String q, Locale locale, Model model) {
        sessions.view(id, Language.of(locale));
        model.addAttribute("eligible", eligible.search(id, q, Language.of(locale)));
        return "training/sessions/show :: candidates";
    }

    @PostMapping("/training/sessions/{id}/enrolments")
    String enrol(
            @PathVariable long id,
            @RequestParam(required = false) List<String> artisanIds,
            @RequestParam(required = false) String reference,
            RedirectAttributes redirect) {
        EligibleArtisans.Batch batch = eligible.enrol(id, artisanIds, reference);
        redirect.addFlashAttribute("enrolled", batch.enrolled());
        redirect.addFlashAttribute("waiting", batch.waiting());
        redirect.addFlashAttribute("refusals", batch.refusals());
        return "redirect:/training/sessions/" + id;
    }

    @PostMapping("/training/sessions/{id}/enrolments/{enrolmentId}/withdrawal")
    String withdraw(@PathVariable long id, @PathVariable long enrolmentId, Locale locale, RedirectAttributes redirect) {
        return forms.redirect("/training/sessions/" + id, locale, redirect, () -> {
            enrolments.withdraw(id, enrolmentId);
            return "training.enrolment.withdrawn";
        });
    }

    @PostMapping("/training/sessions/{id}/enrolments/{enrolmentId}/assessment")
    String assess(
            @PathVariable long id,
            @PathVariable long enrolmentId,
            @RequestParam boolean passed,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect("/training/sessions/" + id, locale, redirect, () -> {
            enrolments.assess(id, enrolmentId, passed);
            return "training.enrolment.assessed";
        });
    }

    @PostMapping("/training/sessions/{id}/certificates")
    String issue(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return forms.redirect("/training/sessions/" + id, locale, redirect, () -> {
            SessionCertificates.Outcome outcome = certificates.issue(id);
            redirect.addFlashAttribute("issued", outcome.issued());
            redirect.addFlashAttribute("notRegistered", outcome.notRegistered());
            return null;
        });
    }

    @GetMapping("/training/sessions/{id}/certificates.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(defaultValue = "false") boolean english) {
        return Download.inline(
                "session-" + id + "-certificates.pdf", MediaType.APPLICATION_PDF, certificates.pdf(id, english));
    }

    /**
     * The form is already in the model (put by the GET, bound by the POST). Never put it again: when a value could
     * not be read, its binding result was made before the record and does not name it as its target, so Spring
     * would drop it and the page would come back without a single message.
     */
    private String form(Locale locale, Model model) {
        SessionForm form = (SessionForm) model.getAttribute("form");
        String province = form == null ? null : form.provinceCode();
        Language language = Language.of(locale);
        RegionScope scope = users.current().scope();
        List<Province> provinces = reference.regions().stream()
                .filter(r -> scope.covers(r.code()))
                .flatMap(r -> reference.provinces(r.code()).stream())
                .toList();
        model.addAttribute("programmes", programmes.list(language));
        model.addAttribute("provinces", provinces);
        model.addAttribute(
                "communes", province == null || province.isBlank() ? List.of() : reference.communes(province));
        return "training/sessions/form";
    }
}
