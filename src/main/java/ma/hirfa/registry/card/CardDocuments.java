package ma.hirfa.registry.card;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.Documents;
import ma.hirfa.platform.Language;
import ma.hirfa.reference.Craft;
import ma.hirfa.reference.Names;
import ma.hirfa.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * The card as a PDF at ID-1 size (85.6 × 54 mm), front and back, in Arabic and French with a Tifinagh
 * title line, whatever the language of the person who prints it.
 */
@Component
public class CardDocuments {

    private static final List<String> LABELS =
            List.of("kingdom", "title", "number", "category", "craft", "validUntil", "verify", "back");

    private final ProfessionalCards cards;
    private final Documents documents;
    private final ReferenceData reference;

    CardDocuments(ProfessionalCards cards, Documents documents, ReferenceData reference) {
        this.cards = cards;
        this.documents = documents;
        this.reference = reference;
    }

    /**
     * The PDF of the artisan's latest card, with the photo when there is one (a data URI); the caller has
     * checked that the user may see the file.
     */
    public byte[] pdf(long artisanId, String photo) {
        ProfessionalCard card = cards.latestCard(artisanId)
                .orElseThrow(() -> ma.hirfa.platform.Refusal.notFound("ProfessionalCard", artisanId));
        Names craft = card.craftCode() == null
                ? new Names("", "", "")
                : reference
                        .craft(card.craftCode())
                        .map(Craft::names)
                        .orElse(new Names(card.craftCode(), card.craftCode(), null));
        String url = cards.verificationUrl(card.token());
        Map<String, Object> model = new HashMap<>();
        model.put("card", card);
        model.put("craftAr", craft.in(Language.AR));
        model.put("craftFr", craft.in(Language.FR));
        model.put("categoryAr", message("registry.artisan.category." + card.category(), Language.AR));
        model.put("categoryFr", message("registry.artisan.category." + card.category(), Language.FR));
        model.put("ar", labels(Language.AR));
        model.put("fr", labels(Language.FR));
        model.put("zghTitle", message("registry.card.title", Language.ZGH));
        model.put("qr", documents.qrDataUri(url, 240));
        model.put("url", url);
        model.put("photo", photo);
        return documents.pdf("registry/card/card", model, Locale.forLanguageTag("ar"));
    }

    private Map<String, String> labels(Language language) {
        return documents.labels("registry.card.", LABELS, language.locale());
    }

    private String message(String key, Language language) {
        return documents.message(key, language.locale());
    }
}
