package ma.hirfa.registry.card;

import java.util.List;
import ma.hirfa.platform.PublishedKey;
import ma.hirfa.platform.SignedTokens;
import org.springframework.stereotype.Component;

/**
 * The register's view of the signing keys, which the platform keeps for cards and certificates alike
 * ({@link SignedTokens}): the newest active key signs, every key ever used stays published at /verify/keys.
 */
@Component
class SigningKeys {

    static final String ALGORITHM = "Ed25519";

    private final SignedTokens tokens;

    SigningKeys(SignedTokens tokens) {
        this.tokens = tokens;
    }

    record SigningKey(String kid) {}

    SigningKey active() {
        return new SigningKey(tokens.activeKid());
    }

    /** Retires the active key for signing (it still verifies) and starts a new one. */
    String rotate() {
        return tokens.rotate();
    }

    List<PublishedKey> published() {
        return tokens.published();
    }
}
