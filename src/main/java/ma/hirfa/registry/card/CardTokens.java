package ma.hirfa.registry.card;

import java.time.LocalDate;
import java.util.Optional;
import ma.hirfa.platform.SignedTokens;
import org.springframework.stereotype.Component;

/**
 * Card tokens for QR codes, signed by the platform's {@link SignedTokens}: the payload is
 * {@code H1~kid~CARD~id~number~validUntil} (docs/verification.md).
 */
@Component
class CardTokens {

    static final int MAX_LENGTH = SignedTokens.MAX_LENGTH;

    private final SignedTokens tokens;

    CardTokens(SignedTokens tokens) {
        this.tokens = tokens;
    }

    record Claims(String kid, String kind, long id, String number, LocalDate validUntil) {}

    String sign(SigningKeys.SigningKey key, String kind, long id, String number, LocalDate validUntil) {
        return tokens.sign(key.kid(), kind, id, number, validUntil);
    }

    /** The claims of a token whose signature is valid; empty for anything forged, altered or malformed. */
    Optional<Claims> verify(String token) {
        return tokens.verify(token).map(c -> new Claims(c.kid(), c.kind(), c.id(), c.number(), c.date()));
    }
}
