package ma.hirfa.registry.artisan;

import java.util.Locale;
import ma.hirfa.platform.ArtisanAccounts;
import ma.hirfa.platform.FormPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The artisan's own access: an agent opens an account for the artisan (the first password is shown once, to
 * hand over on paper); the artisan then asks for a card renewal or a correction, which an agent handles.
 */
@Controller
class ArtisanSelfServiceController {

    private final FormPages forms;
    private final ArtisanService files;
    private final ArtisanRequests requests;
    private final ArtisanAccounts accounts;

    ArtisanSelfServiceController(
            ArtisanService files, ArtisanRequests requests, ArtisanAccounts accounts, FormPages forms) {
        this.forms = forms;
        this.files = files;
        this.requests = requests;
        this.accounts = accounts;
    }

    @PostMapping("/registry/artisans/{id}/account")
    @PreAuthorize("hasAnyRole('ADMIN', 'CHAMBER_MANAGER', 'CHAMBER_AGENT', 'FIELD_AGENT')")
    String openAccount(@PathVariable long id, RedirectAttributes redirect) {
        Artisan file = files.get(id);
        String username = file.details().nationalId().toLowerCase(Locale.ROOT);
        accounts.open(username, file.displayName(), id, file.regionCode())
                .ifPresentOrElse(
                        password -> {
                            redirect.addFlashAttribute("newAccount", username);
                            redirect.addFlashAttribute("newPassword", password);
                        },
                        () -> redirect.addFlashAttribute("error", "registry.account.exists"));
        return "redirect:/registry/artisans/" + id;
    }

    @PostMapping("/registry/artisans/{id}/requests")
    String ask(
            @PathVariable long id,
            @RequestParam ArtisanRequests.Kind kind,
            @RequestParam(required = false) String note,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect("/registry/artisans/" + id, locale, redirect, () -> {
            requests.open(id, kind, note);
            return "registry.request.opened";
        });
    }

    @PostMapping("/registry/artisans/{id}/requests/{requestId}/closure")
    String close(@PathVariable long id, @PathVariable long requestId, RedirectAttributes redirect) {
        requests.close(id, requestId);
        redirect.addFlashAttribute("message", "registry.request.closed");
        return "redirect:/registry/artisans/" + id;
    }
}
