package ma.hirfa.registry.card;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.TokenClaims;
import ma.hirfa.platform.Verification;
import ma.hirfa.platform.VerificationSource;
import ma.hirfa.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers /verify for professional cards: the card the token names, if every claim still matches it. */
@Component
class CardVerification implements VerificationSource {

    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private final CardRepository cards;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Clock clock;

    CardVerification(CardRepository cards, ReferenceData reference, MessageSource messages, Clock clock) {
        this.cards = cards;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return ProfessionalCards.KIND;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Verification> verify(TokenClaims claims, Locale locale) {
        Language language = VerificationSource.closest(locale);
        return cards.findById(claims.id())
                .filter(card -> card.registrationNumber().equals(claims.number()))
                .filter(card -> card.validUntil().equals(claims.date()))
                .map(card -> new Verification(
                        ProfessionalCards.KIND,
                        card.publicStatus(LocalDate.now(clock.withZone(MOROCCO))),
                        card.registrationNumber(),
                        card.registrationNumber(),
                        holder(card),
                        holder(card),
                        card.holderNameAr(),
                        messages.getMessage("registry.card.title", null, language.locale()),
                        reference.craftName(card.craftCode(), language),
                        null,
                        card.issuedOn(),
                        card.validUntil()));
    }

    private static String holder(ProfessionalCard card) {
        return card.holderNameLat() != null ? card.holderNameLat() : card.holderNameAr();
    }
}
