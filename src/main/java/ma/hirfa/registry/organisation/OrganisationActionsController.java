package ma.hirfa.registry.organisation;

import ma.hirfa.platform.NotFoundException;
import ma.hirfa.registry.artisan.Transition;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons of an organisation's page: workflow steps and members, each back to the page with a message. */
@Controller
class OrganisationActionsController {

    private final OrganisationWorkflow workflow;
    private final OrganisationService service;

    OrganisationActionsController(OrganisationWorkflow workflow, OrganisationService service) {
        this.workflow = workflow;
        this.service = service;
    }

    @PostMapping("/registry/organisations/{id}/transitions/{action}")
    String apply(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Transition transition =
                Transition.ofSlug(action).orElseThrow(() -> new NotFoundException("Transition", action));
        try {
            workflow.apply(id, transition, reason);
            redirect.addFlashAttribute("message", "registry.organisation.done." + transition.name());
        } catch (OrganisationRefusedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/registry/organisations/" + id;
    }

    @PostMapping("/registry/organisations/{id}/members")
    String addMember(
            @PathVariable long id,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) MemberRole role,
            RedirectAttributes redirect) {
        try {
            service.addMember(id, null, reference, role);
            redirect.addFlashAttribute("message", "registry.organisation.member.added");
        } catch (InvalidOrganisationException e) {
            redirect.addFlashAttribute("error", e.problems().values().iterator().next());
        }
        return "redirect:/registry/organisations/" + id;
    }

    @PostMapping("/registry/organisations/{id}/members/{artisanId}/removal")
    String removeMember(@PathVariable long id, @PathVariable long artisanId, RedirectAttributes redirect) {
        try {
            service.removeMember(id, artisanId);
            redirect.addFlashAttribute("message", "registry.organisation.member.removed");
        } catch (InvalidOrganisationException e) {
            redirect.addFlashAttribute("error", e.problems().values().iterator().next());
        }
        return "redirect:/registry/organisations/" + id;
    }
}
