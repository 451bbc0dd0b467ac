package ma.hirfa.platform.verification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.PublishedKey;
import ma.hirfa.platform.ReadOnlyLag;
import ma.hirfa.platform.SignedTokens;
import ma.hirfa.platform.Verification;
import ma.hirfa.platform.VerificationSource;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Public verification of every signed document (cards, certificates): the signature is checked here, the
 * current status comes from the module that issued the document's kind. A page in the visitor's language —
 * or in English with {@code ?lang=en}, for employers abroad — or JSON for programs. Never an error: anything
 * that is not a genuine token is "not valid".
 */
@Controller
class VerificationController {

    static final List<String> LABELS = List.of(
            "title",
            "document",
            "holder",
            "number",
            "craft",
            "hours",
            "issuedOn",
            "validUntil",
            "help",
            "otherLanguages");
    private static final Locale ENGLISH = Locale.ENGLISH;

    private final SignedTokens tokens;
    private final List<VerificationSource> sources;
    private final MessageSource messages;

    VerificationController(SignedTokens tokens, List<VerificationSource> sources, MessageSource messages) {
        this.tokens = tokens;
        this.sources = sources;
        this.messages = messages;
    }

    @GetMapping(value = "/verify/keys", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<PublishedKey> keys() {
        return tokens.published();
    }

    @GetMapping(value = "/verify/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @ReadOnlyLag
    Verification json(@PathVariable String token, @RequestParam(required = false) String lang, Locale locale) {
        return verify(token, display(lang, locale));
    }

    @GetMapping("/verify/{token}")
    @ReadOnlyLag
    String page(@PathVariable String token, @RequestParam(required = false) String lang, Locale locale, Model model) {
        Locale display = display(lang, locale);
        Verification verification = verify(token, display);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String label : LABELS) {
            labels.put(label, messages.getMessage("platform.verify." + label, null, display));
        }
        String statusKey = "platform.verify.status." + verification.status();
        model.addAttribute("verification", verification);
        model.addAttribute("labels", labels);
        model.addAttribute("status", messages.getMessage(statusKey, null, display));
        model.addAttribute("statusAr", messages.getMessage(statusKey, null, Language.AR.locale()));
        model.addAttribute("statusFr", messages.getMessage(statusKey, null, Language.FR.locale()));
        model.addAttribute("statusEn", messages.getMessage(statusKey, null, ENGLISH));
        model.addAttribute("lang", display.getLanguage());
        model.addAttribute("rtl", "ar".equals(display.getLanguage()));
        model.addAttribute("languageNames", languageNames());
        return "platform/verify";
    }

    Verification verify(String token, Locale locale) {
        try {
            return tokens.verify(token)
                    .flatMap(claims -> sources.stream()
                            .filter(source -> source.kind().equals(claims.kind()))
                            .findFirst()
                            .flatMap(source -> source.verify(claims, locale)))
                    .orElseGet(Verification::invalid);
        } catch (RuntimeException unexpected) {
            // A verifier must always get an answer; a token that breaks a source is not one Hirfa vouches for.
            return Verification.invalid();
        }
    }

    private Map<String, String> languageNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            names.put(
                    language.code(),
                    messages.getMessage("platform.language." + language.code(), null, language.locale()));
        }
        names.put("en", messages.getMessage("platform.verify.english", null, ENGLISH));
        return names;
    }

    /** English only here (and only on request); otherwise the visitor's language of Hirfa. */
    private static Locale display(String lang, Locale locale) {
        if (lang != null && lang.strip().toLowerCase(Locale.ROOT).startsWith("en")) {
            return ENGLISH;
        }
        Optional<Language> asked = Language.of(lang);
        return asked.map(Language::locale).orElseGet(() -> Language.of(locale).locale());
    }
}
