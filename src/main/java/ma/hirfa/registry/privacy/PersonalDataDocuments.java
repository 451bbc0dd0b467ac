package ma.hirfa.registry.privacy;

import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.Documents;
import ma.hirfa.platform.Language;
import ma.hirfa.registry.artisan.ArtisanExport;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** All data held on an artisan (Law 09-08 right of access) as the files the file page offers: JSON and PDF. */
@Component
class PersonalDataDocuments {

    private final ArtisanExport export;
    private final Documents documents;
    private final JsonMapper json;

    PersonalDataDocuments(ArtisanExport export, Documents documents, JsonMapper json) {
        this.export = export;
        this.documents = documents;
        this.json = json;
    }

    byte[] json(long artisanId, Language language) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export.of(artisanId, language));
    }

    byte[] pdf(long artisanId, Locale locale) {
        Language language = Language.of(locale);
        return documents.pdf(
                "registry/artisans/export",
                Map.of("export", export.of(artisanId, language), "rtl", language.rightToLeft()),
                locale);
    }
}
