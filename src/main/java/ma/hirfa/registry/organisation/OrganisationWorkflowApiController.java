package ma.hirfa.registry.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.Refusal;
import ma.hirfa.registry.artisan.Transition;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registry/{kinds:cooperatives|enterprises}/{id}")
@Tag(name = "Register: organisations", description = "Cooperatives and enterprises, limited to the caller's region")
class OrganisationWorkflowApiController {

    private final OrganisationWorkflow workflow;
    private final OrganisationService service;
    private final OrganisationViews views;

    OrganisationWorkflowApiController(
            OrganisationWorkflow workflow, OrganisationService service, OrganisationViews views) {
        this.workflow = workflow;
        this.service = service;
        this.views = views;
    }

    @PostMapping("/{action:submit|approve|return|reject|suspend|strike-off|reinstate}")
    @Operation(
            summary = "Move an organisation through the workflow",
            description = "submit (agent; a cooperative needs a president); approve, return, reject (a reviewer"
                    + " who did not submit); suspend, strike-off, reinstate (reviewer). return, reject, suspend,"
                    + " strike-off and reinstate need a reason. 409 when the status, the four-eyes rule or the"
                    + " members do not allow the step. Approval gives a registration number.")
    OrganisationView apply(
            @PathVariable String kinds,
            @PathVariable long id,
            @PathVariable String action,
            @RequestBody(required = false) ReasonRequest body,
            Locale locale) {
        service.get(id, OrganisationApiController.kind(kinds));
        Transition transition = Transition.ofSlug(action).orElseThrow(() -> Refusal.notFound("Transition", action));
        Organisation saved = workflow.apply(id, transition, body == null ? null : body.reason());
        return views.of(saved, Language.of(locale));
    }

    @PostMapping("/members")
    @Operation(
            summary = "Add a member: a registered artisan of the same region, with a role",
            description = "Roles PRESIDENT, TREASURER, SECRETARY (one each) and MEMBER; an artisan belongs once."
                    + " 400 with a translated reason when the artisan is unknown in the region or not registered.")
    OrganisationView addMember(
            @PathVariable String kinds, @PathVariable long id, @RequestBody MemberRequest body, Locale locale) {
        service.get(id, OrganisationApiController.kind(kinds));
        Organisation saved = service.addMember(id, body.artisanId(), null, body.role());
        return views.of(saved, Language.of(locale));
    }

    @DeleteMapping("/members/{artisanId}")
    @Operation(summary = "Remove a member; a registered cooperative keeps its president")
    OrganisationView removeMember(
            @PathVariable String kinds, @PathVariable long id, @PathVariable long artisanId, Locale locale) {
        service.get(id, OrganisationApiController.kind(kinds));
        return views.of(service.removeMember(id, artisanId), Language.of(locale));
    }
}
