package ma.hirfa.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.Documents;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.SignedTokens;
import ma.hirfa.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * Certificates as an A4 landscape PDF, one page each: one column per language (French, English when asked
 * for use abroad, Arabic), each wholly in its language, under a Tamazight title line; then the QR code of the
 * verification link in its own box and the signatory with room for the stamp.
 */
@Component
class CertificateDocuments {

    private static final List<String> LABELS = List.of(
            "kingdom",
            "chamber",
            "attests",
            "holder",
            "registration",
            "craft",
            "hours",
            "competencies",
            "number",
            "issuedOn",
            "verify",
            "inFrench");

    private final Documents documents;
    private final ReferenceData reference;
    private final SignedTokens tokens;

    CertificateDocuments(Documents documents, ReferenceData reference, SignedTokens tokens) {
        this.documents = documents;
        this.reference = reference;
        this.tokens = tokens;
    }

    byte[] pdf(List<Certificate> certificates, boolean english) {
        List<Map<String, Object>> pages = new ArrayList<>();
        for (Certificate c : certificates) {
            pages.add(page(c));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("pages", pages);
        model.put("english", english);
        model.put("ar", labels(Language.AR.locale()));
        model.put("fr", labels(Language.FR.locale()));
        model.put("en", labels(Locale.ENGLISH));
        model.put("signAr", documents.signatory(Language.AR.locale()));
        model.put("signFr", documents.signatory(Language.FR.locale()));
        model.put("signEn", documents.signatory(Locale.ENGLISH));
        return documents.pdf("training/certificate/certificate", model, Language.AR.locale());
    }

    private Map<String, Object> page(Certificate c) {
        String url = tokens.verificationUrl(c.token());
        Map<String, Object> page = new HashMap<>();
        page.put("c", c);
        page.put("competenciesAr", competencies(c, Language.AR.locale()));
        page.put("competenciesFr", competencies(c, Language.FR.locale()));
        page.put("competenciesEn", competencies(c, Locale.ENGLISH));
        page.put("kindAr", message("training.certificate.kind." + c.kind(), Language.AR.locale()));
        page.put("kindFr", message("training.certificate.kind." + c.kind(), Language.FR.locale()));
        page.put("kindEn", message("training.certificate.kind." + c.kind(), Locale.ENGLISH));
        page.put("kindZgh", message("training.certificate.kind." + c.kind(), Language.ZGH.locale()));
        page.put("craftAr", reference.craftName(c.craftCode(), Language.AR));
        page.put("craftFr", reference.craftName(c.craftCode(), Language.FR));
        page.put("titleEn", c.titleEn() != null ? c.titleEn() : c.titleFr());
        page.put("holderLat", c.holderNameLat() != null ? c.holderNameLat() : c.holderNameAr());
        page.put("qr", documents.qrDataUri(url, 300));
        page.put("url", url);
        return page;
    }

    /**
     * The competencies as printed in one language: the text issued in that language (English prints the French
     * one). A text in another language, standing in for a missing translation, carries a visible "(in French)"
     * note rather than being passed off as a translation.
     */
    private List<PrintedCompetency> competencies(Certificate c, Locale locale) {
        boolean english = locale.getLanguage().equals("en");
        Language language = english ? Language.FR : Language.of(locale);
        return c.competencyTexts().stream()
                .map(competency -> competency.in(language))
                .map(wording -> new PrintedCompetency(
                        wording.text(),
                        wording.fallback() || english ? message(note(wording.language()), locale) : null))
                .toList();
    }

    private static String note(Language shown) {
        return "training.certificate.pdf."
                + (shown == Language.AR ? "inArabic" : shown == Language.ZGH ? "inTamazight" : "inFrench");
    }

    /** One competency line: its text and, when the text is not in the column's language, a note saying so. */
    record PrintedCompetency(String text, String note) {}

    private Map<String, String> labels(Locale locale) {
        return documents.labels("training.certificate.pdf.", LABELS, locale);
    }

    private String message(String key, Locale locale) {
        return documents.message(key, locale);
    }
}
