package ma.hirfa.registry.card;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ma.hirfa.platform.Acting;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of professional cards. A card is issued when a file is registered, suspended and revoked with
 * it, renewed when it nears its end, replaced when lost (the lost one is revoked). Each change is audited.
 */
@Service
public class ProfessionalCards {

    static final String ENTITY = "ProfessionalCard";
    static final String KIND = "CARD";

    private final CardRepository cards;
    private final SigningKeys keys;
    private final CardTokens tokens;
    private final Acting acting;
    private final int validityYears;
    private final String publicUrl;

    ProfessionalCards(
            CardRepository cards,
            SigningKeys keys,
            CardTokens tokens,
            Acting acting,
            @Value("${hirfa.registry.card-validity-years:5}") int validityYears,
            @Value("${hirfa.public-url}") String publicUrl) {
        this.cards = cards;
        this.keys = keys;
        this.tokens = tokens;
        this.acting = acting;
        this.validityYears = validityYears;
        this.publicUrl = publicUrl;
    }

    /** Keeps the card in step with a change of the file's status (names of {@code ArtisanStatus}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void follow(CardHolder holder, String from, String to, String reason) {
        Optional<ProfessionalCard> latest = cards.latest(holder.artisanId());
        switch (to) {
            case "REGISTERED" -> {
                if (latest.isPresent() && latest.get().status() == CardStatus.SUSPENDED) {
                    change(latest.get(), CardStatus.VALID, reason);
                } else if (latest.isEmpty() || latest.get().status() != CardStatus.VALID) {
                    issue(holder);
                }
            }
            case "SUSPENDED" ->
                latest.filter(c -> c.status() == CardStatus.VALID)
                        .ifPresent(c -> change(c, CardStatus.SUSPENDED, reason));
            case "STRUCK_OFF", "MERGED" ->
                latest.filter(c -> c.status() == CardStatus.VALID || c.status() == CardStatus.SUSPENDED)
                        .ifPresent(c -> change(c, CardStatus.REVOKED, reason));
            default -> {
                // other steps (submitted, returned, rejected) happen before any card exists
            }
        }
    }

    /** A new card with a new validity; the current one is marked replaced. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CardView renew(CardHolder holder) {
        ProfessionalCard current = cards.latest(holder.artisanId())
                .filter(c -> c.status() == CardStatus.VALID)
                .orElseThrow(() -> new IllegalStateException("registry.card.noValidCard"));
        change(current, CardStatus.REPLACED, "renewal");
        return view(issue(holder));
    }

    /** A lost or damaged card: revoked, and a new one issued. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CardView replace(CardHolder holder, String reason) {
        ProfessionalCard current = cards.latest(holder.artisanId())
                .filter(c -> c.status() == CardStatus.VALID)
                .orElseThrow(() -> new IllegalStateException("registry.card.noValidCard"));
        change(current, CardStatus.REVOKED, reason);
        return view(issue(holder));
    }

    @Transactional(readOnly = true)
    public Optional<CardView> current(long artisanId) {
        return cards.latest(artisanId).map(this::view);
    }

    @Transactional(readOnly = true)
    public List<CardView> history(long artisanId) {
        return cards.findByArtisanIdOrderByIdDesc(artisanId).stream()
                .map(this::view)
                .toList();
    }

    Optional<ProfessionalCard> latestCard(long artisanId) {
        return cards.latest(artisanId);
    }

    String verificationUrl(String token) {
        return publicUrl + "/verify/" + token;
    }

    private ProfessionalCard issue(CardHolder h) {
        LocalDate today = acting.todayInMorocco();
        SigningKeys.SigningKey key = keys.active();
        ProfessionalCard unsigned = cards.save(new ProfessionalCard(
                null,
                h.artisanId(),
                h.regionCode(),
                h.registrationNumber(),
                h.nameAr(),
                h.nameLat(),
                h.category(),
                h.craftCode(),
                today,
                today.plusYears(validityYears).minusDays(1),
                CardStatus.VALID,
                null,
                key.kid(),
                "",
                acting.now(),
                null));
        String token = tokens.sign(key, KIND, unsigned.id(), h.registrationNumber(), unsigned.validUntil());
        ProfessionalCard card = cards.save(unsigned.signed(key.kid(), token));
        acting.audit().created(ENTITY, card.id(), card.regionCode(), snapshot(card));
        return card;
    }

    private void change(ProfessionalCard card, CardStatus next, String reason) {
        ProfessionalCard saved = cards.save(card.withStatus(next, reason));
        acting.audit().updated(ENTITY, card.id(), card.regionCode(), snapshot(card), snapshot(saved));
    }

    private CardView view(ProfessionalCard c) {
        return new CardView(
                c.id(),
                c.registrationNumber(),
                c.issuedOn(),
                c.validUntil(),
                c.publicStatus(acting.todayInMorocco()),
                c.statusReason(),
                verificationUrl(c.token()));
    }

    private static Snapshot snapshot(ProfessionalCard c) {
        return new Snapshot(
                c.artisanId(),
                c.registrationNumber(),
                c.issuedOn(),
                c.validUntil(),
                c.status(),
                c.statusReason(),
                c.kid());
    }

    record Snapshot(
            Long artisanId,
            String registrationNumber,
            LocalDate issuedOn,
            LocalDate validUntil,
            CardStatus status,
            String reason,
            String kid) {}
}
