package ma.hirfa.platform;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ed25519 keys (JDK) kept in {@code plat_signing_key} (ADR 0017; {@code reg_signing_key} until ADR 0029),
 * private keys sealed with {@link Secrets}. The newest active key signs; every key ever used stays published.
 */
@Component
class SigningKeyStore {

    static final String ALGORITHM = "Ed25519";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Secrets secrets;

    SigningKeyStore(JdbcTemplate jdbc, Clock clock, Secrets secrets) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.secrets = secrets;
    }

    record SigningKey(String kid, PrivateKey privateKey) {}

    SigningKey active() {
        List<SigningKey> keys = jdbc.query(
                "select kid, private_key from plat_signing_key where active = true order by created_at desc",
                (rs, row) ->
                        new SigningKey(rs.getString("kid"), privateKey(secrets.open(rs.getString("private_key")))));
        return keys.isEmpty() ? create() : keys.get(0);
    }

    Optional<SigningKey> byKid(String kid) {
        return jdbc
                .query(
                        "select kid, private_key from plat_signing_key where kid = ?",
                        (rs, row) -> new SigningKey(
                                rs.getString("kid"), privateKey(secrets.open(rs.getString("private_key")))),
                        kid)
                .stream()
                .findFirst();
    }

    /** Retires the active key for signing (it still verifies) and starts a new one. */
    String rotate() {
        jdbc.update("update plat_signing_key set active = false where active = true");
        return create().kid();
    }

    Optional<PublicKey> publicKey(String kid) {
        return jdbc.queryForList("select public_key from plat_signing_key where kid = ?", String.class, kid).stream()
                .findFirst()
                .map(SigningKeyStore::decodePublicKey);
    }

    List<PublishedKey> published() {
        return jdbc.query(
                "select kid, algorithm, public_key, created_at, active from plat_signing_key order by created_at desc",
                (rs, row) -> new PublishedKey(
                        rs.getString("kid"),
                        rs.getString("algorithm"),
                        rs.getString("public_key"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("active")));
    }

    private SigningKey create() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            String kid = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            jdbc.update(
                    "insert into plat_signing_key (kid, algorithm, public_key, private_key, created_at, active)"
                            + " values (?, ?, ?, ?, ?, true)",
                    kid,
                    ALGORITHM,
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                    secrets.seal(pair.getPrivate().getEncoded()),
                    Timestamp.from(clock.instant()));
            return new SigningKey(kid, pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17", e);
        }
    }

    private static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored signing key is unreadable", e);
        }
    }

    private static PublicKey decodePublicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored public key is unreadable", e);
        }
    }
}
