package ma.hirfa.registry.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.Language;
import ma.hirfa.registry.artisan.ArtisanExport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registry/artisans/{id}")
@Tag(name = "Register", description = "Artisans of the National Register, limited to the caller's region")
class ArtisanPrivacyApiController {

    private final Consents consents;
    private final ArtisanExport export;

    ArtisanPrivacyApiController(Consents consents, ArtisanExport export) {
        this.consents = consents;
        this.export = export;
    }

    @GetMapping("/consents")
    @Operation(summary = "Consents per purpose (REGISTRATION, SHOWCASE, SMS); never asked counts as refused")
    Collection<Consents.Consent> consents(@PathVariable long id) {
        return consents.of(id).values();
    }

    @PutMapping("/consents")
    @Operation(
            summary = "Record consents, e.g. {\"SHOWCASE\": true, \"SMS\": false}; purposes left out keep their answer")
    Collection<Consents.Consent> record(@PathVariable long id, @RequestBody Map<ConsentPurpose, Boolean> answers) {
        consents.record(id, answers);
        return consents.of(id).values();
    }

    @GetMapping("/export")
    @Operation(summary = "All data held on the artisan (Law 09-08 right of access); the export is audited")
    ArtisanExport.ExportedFile export(@PathVariable long id, Locale locale) {
        return export.of(id, Language.of(locale));
    }
}
