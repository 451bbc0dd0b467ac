package ma.hirfa.registry.card;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.Language;
import ma.hirfa.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** Public verification of cards: a page in the visitor's language, or JSON for programs. */
@Controller
class VerificationController {

    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private final CardTokens tokens;
    private final CardRepository cards;
    private final SigningKeys keys;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Clock clock;

    VerificationController(
            CardTokens tokens,
            CardRepository cards,
            SigningKeys keys,
            ReferenceData reference,
            MessageSource messages,
            Clock clock) {
        this.tokens = tokens;
        this.cards = cards;
        this.keys = keys;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(value = "/verify/keys", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<SigningKeys.PublishedKey> keys() {
        return keys.published();
    }

    @GetMapping(value = "/verify/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Verification json(@PathVariable String token, Locale locale) {
        return verify(token, Language.of(locale));
    }

    @GetMapping("/verify/{token}")
    String page(@PathVariable String token, Locale locale, Model model) {
        model.addAttribute("verification", verify(token, Language.of(locale)));
        return "registry/card/verify";
    }

    private static String holder(ProfessionalCard card) {
        return card.holderNameLat() != null ? card.holderNameLat() : card.holderNameAr();
    }

    @Transactional(readOnly = true)
    Verification verify(String token, Language language) {
        return tokens.verify(token)
                .filter(claims -> ProfessionalCards.KIND.equals(claims.kind()))
                .flatMap(claims -> cards.findById(claims.id())
                        .filter(card -> card.registrationNumber().equals(claims.number()))
                        .filter(card -> card.validUntil().equals(claims.validUntil())))
                .map(card -> new Verification(
                        ProfessionalCards.KIND,
                        card.publicStatus(LocalDate.now(clock.withZone(MOROCCO))),
                        card.registrationNumber(),
                        holder(card),
                        holder(card),
                        card.holderNameAr(),
                        messages.getMessage("registry.card.title", null, language.locale()),
                        reference.craftName(card.craftCode(), language),
                        card.issuedOn(),
                        card.validUntil()))
                .orElseGet(Verification::invalid);
    }
}
