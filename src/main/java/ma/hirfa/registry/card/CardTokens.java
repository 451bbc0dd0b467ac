package ma.hirfa.registry.card;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Compact signed tokens for QR codes: {@code base64url(payload).base64url(Ed25519 signature)} where the
 * payload is {@code H1~kid~kind~id~number~validUntil}. A verifier with the public key of {@code kid} can
 * check a card offline; online, /verify/{token} adds the current status.
 */
@Component
class CardTokens {

    static final int MAX_LENGTH = 400;
    private static final String VERSION = "H1";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SigningKeys keys;

    CardTokens(SigningKeys keys) {
        this.keys = keys;
    }

    record Claims(String kid, String kind, long id, String number, LocalDate validUntil) {}

    String sign(SigningKeys.SigningKey key, String kind, long id, String number, LocalDate validUntil) {
        String payload = String.join("~", VERSION, key.kid(), kind, Long.toString(id), number, DATE.format(validUntil));
        try {
            Signature signer = Signature.getInstance(SigningKeys.ALGORITHM);
            signer.initSign(key.privateKey());
            byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
            signer.update(bytes);
            return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Token could not be signed", e);
        }
    }

    /** The claims of a token whose signature is valid; empty for anything forged, altered or malformed. */
    Optional<Claims> verify(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(parts[0]);
            byte[] signature = DECODER.decode(parts[1]);
            String[] fields = new String(payload, StandardCharsets.UTF_8).split("~");
            if (fields.length != 6 || !VERSION.equals(fields[0])) {
                return Optional.empty();
            }
            Optional<PublicKey> key = keys.publicKey(fields[1]);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            Signature verifier = Signature.getInstance(SigningKeys.ALGORITHM);
            verifier.initVerify(key.get());
            verifier.update(payload);
            if (!verifier.verify(signature)) {
                return Optional.empty();
            }
            return Optional.of(new Claims(
                    fields[1], fields[2], Long.parseLong(fields[3]), fields[4], LocalDate.parse(fields[5], DATE)));
        } catch (IllegalArgumentException | DateTimeParseException | GeneralSecurityException malformed) {
            return Optional.empty();
        }
    }
}
