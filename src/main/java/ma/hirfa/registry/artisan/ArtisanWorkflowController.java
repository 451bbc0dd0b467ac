package ma.hirfa.registry.artisan;

import ma.hirfa.platform.NotFoundException;
import ma.hirfa.registry.card.CardDocuments;
import ma.hirfa.registry.document.ArtisanPhotos;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons of an artisan's file: workflow steps and card actions, each back to the file with a message. */
@Controller
class ArtisanWorkflowController {

    private final ArtisanWorkflow workflow;
    private final ArtisanService files;
    private final CardDocuments cardDocuments;
    private final ArtisanPhotos photos;

    ArtisanWorkflowController(
            ArtisanWorkflow workflow, ArtisanService files, CardDocuments cardDocuments, ArtisanPhotos photos) {
        this.workflow = workflow;
        this.files = files;
        this.cardDocuments = cardDocuments;
        this.photos = photos;
    }

    @PostMapping("/registry/artisans/{id}/transitions/{action}")
    String apply(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Transition transition =
                Transition.ofSlug(action).orElseThrow(() -> new NotFoundException("Transition", action));
        try {
            workflow.apply(id, transition, reason);
            redirect.addFlashAttribute("message", "registry.workflow.done." + transition.name());
        } catch (WorkflowRefusedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/registry/artisans/" + id;
    }

    @PostMapping("/registry/artisans/{id}/card/renewal")
    String renew(@PathVariable long id, RedirectAttributes redirect) {
        try {
            workflow.renewCard(id);
            redirect.addFlashAttribute("message", "registry.card.renewed");
        } catch (WorkflowRefusedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/registry/artisans/" + id;
    }

    @PostMapping("/registry/artisans/{id}/card/replacement")
    String replace(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            workflow.replaceCard(id, reason);
            redirect.addFlashAttribute("message", "registry.card.replaced");
        } catch (WorkflowRefusedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/registry/artisans/" + id;
    }

    @GetMapping("/registry/artisans/{id}/card.pdf")
    ResponseEntity<byte[]> card(@PathVariable long id) {
        Artisan file = files.get(id);
        byte[] pdf = cardDocuments.pdf(file.id(), photos.dataUri(file.id()).orElse(null));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("carte-" + file.registrationNumber() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
