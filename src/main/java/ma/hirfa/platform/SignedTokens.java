package ma.hirfa.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Compact signed tokens for QR codes, shared by cards and certificates:
 * {@code base64url(payload).base64url(Ed25519 signature)} where the payload is
 * {@code H1~kid~kind~id~number~yyyyMMdd} (docs/verification.md). A verifier with the public key of
 * {@code kid} can check a document offline; online, {@code /verify/{token}} adds its current status.
 */
@Component
public class SignedTokens {

    public static final int MAX_LENGTH = 400;
    private static final String VERSION = "H1";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int SIGNATURE_BYTES = 64;
    private static final int X509_HEADER = 12;

    private final SigningKeyStore keys;
    private final String publicUrl;

    SignedTokens(SigningKeyStore keys, @Value("${hirfa.public-url}") String publicUrl) {
        this.keys = keys;
        this.publicUrl = publicUrl;
    }

    /** Signs with the active key. */
    public String sign(String kind, long id, String number, LocalDate date) {
        return sign(keys.active(), kind, id, number, date);
    }

    /** Signs with a given key, which must exist. */
    public String sign(String kid, String kind, long id, String number, LocalDate date) {
        return sign(
                keys.byKid(kid).orElseThrow(() -> new IllegalArgumentException("Unknown key " + kid)),
                kind,
                id,
                number,
                date);
    }

    /** The claims of a token whose signature is valid; empty for anything forged, altered or malformed. */
    public Optional<TokenClaims> verify(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            Optional<byte[]> payloadBytes = canonical(parts[0]);
            Optional<byte[]> signatureBytes = canonical(parts[1]);
            // Ed25519 signatures are exactly 64 bytes; the JDK verifier would ignore what follows them.
            if (payloadBytes.isEmpty() || signatureBytes.isEmpty() || signatureBytes.get().length != SIGNATURE_BYTES) {
                return Optional.empty();
            }
            byte[] payload = payloadBytes.get();
            byte[] signature = signatureBytes.get();
            String[] fields = new String(payload, StandardCharsets.UTF_8).split("~");
            if (fields.length != 6 || !VERSION.equals(fields[0])) {
                return Optional.empty();
            }
            Optional<PublicKey> key = keys.publicKey(fields[1]);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            // Bouncy Castle's RFC 8032 verifier: the JDK 17 one took most of a /verify request's time (ADR 0063)
            byte[] raw = rawPublicKey(key.get());
            if (raw == null || !Ed25519.verify(signature, 0, raw, 0, payload, 0, payload.length)) {
                return Optional.empty();
            }
            return Optional.of(new TokenClaims(
                    fields[1], fields[2], Long.parseLong(fields[3]), fields[4], LocalDate.parse(fields[5], DATE)));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            return Optional.empty();
        }
    }

    /** The 32 bytes of an Ed25519 key from its X.509 form (a fixed 12-byte header, RFC 8410), or null. */
    private static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null || encoded.length != X509_HEADER + Ed25519.PUBLIC_KEY_SIZE) {
            return null;
        }
        return java.util.Arrays.copyOfRange(encoded, X509_HEADER, encoded.length);
    }

    /**
     * Strict Base64url without padding: only the URL alphabet, and the text must be exactly what encoding the
     * decoded bytes gives back, so unused trailing bits, padding and other spellings of the same bytes are
     * refused (one token, one spelling).
     */
    private static Optional<byte[]> canonical(String text) {
        if (text.isEmpty() || !text.chars().allMatch(SignedTokens::urlAlphabet)) {
            return Optional.empty();
        }
        byte[] bytes = DECODER.decode(text);
        return ENCODER.encodeToString(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
    }

    private static boolean urlAlphabet(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    /** The id of the key that signs now (created on first use). */
    public String activeKid() {
        return keys.active().kid();
    }

    /** Retires the active key for signing (it still verifies) and starts a new one; the new key's id. */
    public String rotate() {
        return keys.rotate();
    }

    public List<PublishedKey> published() {
        return keys.published();
    }

    public String algorithm() {
        return SigningKeyStore.ALGORITHM;
    }

    /** The public link printed in QR codes. */
    public String verificationUrl(String token) {
        return publicUrl + "/verify/" + token;
    }

    private static String sign(SigningKeyStore.SigningKey key, String kind, long id, String number, LocalDate date) {
        if (kind.contains("~") || number.contains("~")) {
            throw new IllegalArgumentException("A claim cannot contain ~");
        }
        String payload = String.join("~", VERSION, key.kid(), kind, Long.toString(id), number, DATE.format(date));
        try {
            Signature signer = Signature.getInstance(SigningKeyStore.ALGORITHM);
            signer.initSign(key.privateKey());
            byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
            signer.update(bytes);
            return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Token could not be signed", e);
        }
    }
}
