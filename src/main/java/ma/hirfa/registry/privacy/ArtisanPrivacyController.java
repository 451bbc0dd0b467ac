package ma.hirfa.registry.privacy;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.Documents;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.transfer.Download;
import ma.hirfa.registry.artisan.ArtisanExport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Law 09-08 on the file page: consents per purpose, and the export of all data held (JSON and PDF). */
@Controller
class ArtisanPrivacyController {

    private final Consents consents;
    private final ArtisanExport export;
    private final Documents documents;
    private final JsonMapper json;

    ArtisanPrivacyController(Consents consents, ArtisanExport export, Documents documents, JsonMapper json) {
        this.consents = consents;
        this.export = export;
        this.documents = documents;
        this.json = json;
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
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export.of(id, Language.of(locale)));
        return attachment(body, MediaType.APPLICATION_JSON, "hirfa-" + id + ".json");
    }

    @GetMapping("/registry/artisans/{id}/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        Language language = Language.of(locale);
        byte[] body = documents.pdf(
                "registry/artisans/export",
                Map.of("export", export.of(id, language), "rtl", language.rightToLeft()),
                locale);
        return attachment(body, MediaType.APPLICATION_PDF, "hirfa-" + id + ".pdf");
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String name) {
        return Download.attachment(name, type, body);
    }
}
