package ma.hirfa.registry.organisation;

import java.util.Locale;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Refusal;
import ma.hirfa.registry.artisan.Transition;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons of an organisation's page: workflow steps and members, each back to the page with a message. */
@Controller
class OrganisationActionsController {

    private final FormPages forms;
    private final OrganisationWorkflow workflow;
    private final OrganisationService service;

    OrganisationActionsController(OrganisationWorkflow workflow, OrganisationService service, FormPages forms) {
        this.forms = forms;
        this.workflow = workflow;
        this.service = service;
    }

    @PostMapping("/registry/organisations/{id}/transitions/{action}")
    String apply(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        Transition transition = Transition.ofSlug(action).orElseThrow(() -> Refusal.notFound("Transition", action));
        return forms.redirect("/registry/organisations/" + id, locale, redirect, () -> {
            workflow.apply(id, transition, reason);
            return "registry.organisation.done." + transition.name();
        });
    }

    @PostMapping("/registry/organisations/{id}/members")
    String addMember(
            @PathVariable long id,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) MemberRole role,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect("/registry/organisations/" + id, locale, redirect, () -> {
            service.addMember(id, null, reference, role);
            return "registry.organisation.member.added";
        });
    }

    @PostMapping("/registry/organisations/{id}/members/{artisanId}/removal")
    String removeMember(
            @PathVariable long id, @PathVariable long artisanId, Locale locale, RedirectAttributes redirect) {
        return forms.redirect("/registry/organisations/" + id, locale, redirect, () -> {
            service.removeMember(id, artisanId);
            return "registry.organisation.member.removed";
        });
    }
}
