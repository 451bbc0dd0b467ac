package ma.hirfa.registry.artisan;

import java.util.Locale;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.transfer.Download;
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

    private final FormPages forms;
    private final ArtisanWorkflow workflow;
    private final ArtisanCards cards;

    ArtisanWorkflowController(ArtisanWorkflow workflow, ArtisanCards cards, FormPages forms) {
        this.forms = forms;
        this.workflow = workflow;
        this.cards = cards;
    }

    @PostMapping("/registry/artisans/{id}/transitions/{action}")
    String apply(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean override,
            Locale locale,
            RedirectAttributes redirect) {
        Transition transition = Transition.ofSlug(action).orElseThrow(() -> Refusal.notFound("Transition", action));
        return forms.redirect("/registry/artisans/" + id, locale, redirect, () -> {
            if (transition == Transition.APPROVE) {
                workflow.approveChecked(id, override, reason);
            } else {
                workflow.apply(id, transition, reason);
            }
            return "registry.workflow.done." + transition.name();
        });
    }

    @PostMapping("/registry/artisans/{id}/card/renewal")
    String renew(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return forms.redirect("/registry/artisans/" + id, locale, redirect, () -> {
            workflow.renewCard(id);
            return "registry.card.renewed";
        });
    }

    @PostMapping("/registry/artisans/{id}/card/replacement")
    String replace(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect("/registry/artisans/" + id, locale, redirect, () -> {
            workflow.replaceCard(id, reason);
            return "registry.card.replaced";
        });
    }

    @GetMapping("/registry/artisans/{id}/card.pdf")
    ResponseEntity<byte[]> card(@PathVariable long id) {
        ArtisanCards.CardPdf card = cards.pdf(id);
        return Download.inline(
                "carte-" + card.registrationNumber() + ".pdf", MediaType.APPLICATION_PDF, card.content());
    }
}
