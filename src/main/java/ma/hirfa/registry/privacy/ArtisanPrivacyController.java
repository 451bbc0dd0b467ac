package ma.hirfa.registry.privacy;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.transfer.Download;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Law 09-08 on the file page: consents per purpose, and the export of all data held (JSON and PDF). */
@Controller
class ArtisanPrivacyController {

    private final Consents consents;
    private final PersonalDataDocuments exports;

    ArtisanPrivacyController(Consents consents, PersonalDataDocuments exports) {
        this.consents = consents;
        this.exports = exports;
    }

    @PostMapping("/registry/artisans/{id}/consents")
    String record(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<ConsentPurpose, Boolean> answers = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            answers.put(purpose, "true".equals(form.get(purpose.name())));
        }
        consents.record(id, answers);
        redirect.addFlashAttribute("message", "registry.consent.saved");
        return "redirect:/registry/artisans/" + id;
    }

    @GetMapping("/registry/artisans/{id}/export.json")
    ResponseEntity<byte[]> json(@PathVariable long id, Locale locale) {
        return Download.attachment(
                "hirfa-" + id + ".json", MediaType.APPLICATION_JSON, exports.json(id, Language.of(locale)));
    }

    @GetMapping("/registry/artisans/{id}/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        return Download.attachment("hirfa-" + id + ".pdf", MediaType.APPLICATION_PDF, exports.pdf(id, locale));
    }
}
