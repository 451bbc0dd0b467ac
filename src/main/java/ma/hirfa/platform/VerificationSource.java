package ma.hirfa.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * A module whose documents carry signed tokens answers for them at {@code /verify/{token}}: the platform
 * checks the signature, then asks the source of the token's kind for the document's current status.
 */
public interface VerificationSource {

    /** The kind written in the tokens this source signs, e.g. {@code CARD}. */
    String kind();

    /**
     * The document designated by genuine claims, in the visitor's language (which may be English, a
     * language the rest of Hirfa does not speak); empty when no document matches every claim.
     */
    Optional<Verification> verify(TokenClaims claims, Locale locale);

    /** The language of Hirfa closest to a visitor's locale: English readers get French. */
    static Language closest(Locale locale) {
        return Language.of(locale == null ? null : locale.getLanguage()).orElse(Language.FR);
    }
}
