package ma.hirfa.registry.artisan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.Refusal;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registry/artisans")
@Tag(name = "Register", description = "Artisans of the National Register, limited to the caller's region")
class ArtisanWorkflowApiController {

    private final ArtisanWorkflow workflow;
    private final ArtisanViews views;
    private final ArtisanCards cards;

    ArtisanWorkflowApiController(ArtisanWorkflow workflow, ArtisanViews views, ArtisanCards cards) {
        this.workflow = workflow;
        this.views = views;
        this.cards = cards;
    }

    /** Answered from inside the step's transaction, as a registration is (ADR 0061): no database after the commit. */
    @PostMapping("/{id}/{action:submit|approve|return|reject|suspend|strike-off|reinstate}")
    @Transactional
    @Operation(
            summary = "Move a file through the workflow",
            description = "submit (agent); approve, return, reject (a reviewer who did not submit); suspend,"
                    + " strike-off, reinstate (reviewer). return, reject, suspend, strike-off and reinstate need a"
                    + " reason. 409 when the file's status does not allow the step or the four-eyes rule refuses it.")
    ArtisanView apply(
            @PathVariable long id,
            @PathVariable String action,
            @RequestBody(required = false) ReasonRequest body,
            Locale locale) {
        Transition transition = Transition.ofSlug(action).orElseThrow(() -> Refusal.notFound("Transition", action));
        Artisan saved = workflow.apply(id, transition, body == null ? null : body.reason());
        return views.of(saved, Language.of(locale));
    }

    @GetMapping(value = "/{id}/card.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The professional card as PDF (ID-1 size, front and back)")
    byte[] card(@PathVariable long id) {
        return cards.pdf(id).content();
    }
}
