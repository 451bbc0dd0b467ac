package ma.hirfa.registry.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Base64;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class CardTokensIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @LocalServerPort
    int port;

    @Autowired
    CardTokens tokens;

    @Autowired
    SigningKeys keys;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSignedTokenVerifiesAndCarriesItsClaims() {
        String token = tokens.sign(keys.active(), "CARD", 42, "08-401-2026-000001", LocalDate.of(2031, 1, 1));

        assertThat(tokens.verify(token)).hasValueSatisfying(claims -> {
            assertThat(claims.id()).isEqualTo(42);
            assertThat(claims.number()).isEqualTo("08-401-2026-000001");
            assertThat(claims.validUntil()).isEqualTo(LocalDate.of(2031, 1, 1));
        });
        assertThat(token.length()).isLessThan(CardTokens.MAX_LENGTH);
    }

    @Test
    void privateKeysAreStoredSealed() {
        keys.active();

        assertThat(jdbc.queryForList("select private_key from plat_signing_key", String.class))
                .isNotEmpty()
                .allMatch(stored -> stored.startsWith("gcm1:"));
    }

    @Test
    void alteredForgedAndMalformedTokensAreRejected() {
        String token = tokens.sign(keys.active(), "CARD", 42, "08-401-2026-000001", LocalDate.of(2031, 1, 1));
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
        String altered = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.replace("20310101", "20391231").getBytes())
                + "." + token.split("\\.")[1];
        String unknownKey = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.replace(payload.split("~")[1], "deadbeef")
                                .getBytes())
                + "." + token.split("\\.")[1];

        assertThat(tokens.verify(altered)).isEmpty();
        assertThat(tokens.verify(unknownKey)).isEmpty();
        assertThat(tokens.verify("not-a-token")).isEmpty();
        assertThat(tokens.verify("a.b.c")).isEmpty();
        assertThat(tokens.verify(token + "x")).isEmpty();
        assertThat(tokens.verify("x".repeat(500))).isEmpty();
        assertThat(new WebSession(port)
                        .get("/verify/" + altered, "Accept", "application/json")
                        .body())
                .contains("\"status\":\"INVALID\"");
        assertThat(new WebSession(port).get("/verify/forged?lang=ar").body()).contains("وثيقة غير معروفة");
    }

    @Test
    void aSignatureOfAnyOtherLengthOrANonCanonicalSpellingIsInvalid() {
        String token = tokens.sign(keys.active(), "CARD", 42, "08-401-2026-000001", LocalDate.of(2031, 1, 1));
        String[] parts = token.split("\\.");
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        byte[] signature = Base64.getUrlDecoder().decode(parts[1]);
        byte[] longer = java.util.Arrays.copyOf(signature, signature.length + 1); // one 0x00 appended
        // 64 bytes give 86 characters whose last one carries 4 unused bits; setting them spells the same bytes.
        char last = parts[1].charAt(parts[1].length() - 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String sameBytesOtherSpelling =
                parts[1].substring(0, parts[1].length() - 1) + alphabet.charAt(alphabet.indexOf(last) | 0b1111);

        assertThat(signature).hasSize(64);
        assertThat(tokens.verify(token)).isPresent();
        assertThat(tokens.verify(parts[0] + "." + encoder.encodeToString(longer)))
                .isEmpty();
        assertThat(Base64.getUrlDecoder().decode(sameBytesOtherSpelling)).isEqualTo(signature);
        assertThat(tokens.verify(parts[0] + "." + sameBytesOtherSpelling)).isEmpty();
        assertThat(tokens.verify(parts[0] + "." + parts[1] + "==")).isEmpty();
        assertThat(tokens.verify(parts[0] + "=." + parts[1])).isEmpty();
        assertThat(tokens.verify(parts[0] + "." + Base64.getEncoder().encodeToString(signature)))
                .as("standard alphabet and padding")
                .isEmpty();
        assertThat(tokens.verify(token + ".")).as("trailing data").isEmpty();
        assertThat(tokens.verify(token + "\n")).isEmpty();
        assertThat(new WebSession(port)
                        .get("/verify/" + parts[0] + "." + encoder.encodeToString(longer) + "?lang=ar")
                        .body())
                .contains("وثيقة غير معروفة");
    }

    @Test
    void cardsSignedBeforeAKeyRotationStayVerifiable() {
        long artisan = RegistryFixtures.artisanIn("401").registered(port);
        String oldToken = jdbc.queryForObject(
                "select token from reg_card where artisan_id = ? and status = 'VALID'", String.class, artisan);
        String oldKid = jdbc.queryForObject(
                "select kid from reg_card where artisan_id = ? and status = 'VALID'", String.class, artisan);

        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get("/admin/signing-keys");
        admin.post("/admin/signing-keys/rotation", java.util.Map.of());

        assertThat(keys.active().kid()).isNotEqualTo(oldKid);
        assertThat(new WebSession(port)
                        .get("/verify/" + oldToken, "Accept", "application/json")
                        .body())
                .contains("\"status\":\"VALID\"");
        assertThat(new WebSession(port).get("/verify/keys").body())
                .contains(oldKid)
                .contains(keys.active().kid());
        assertThat(WebSession.loggedIn(port, "manager.draa")
                        .get("/admin/signing-keys")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theVerificationPageSpeaksTheVisitorsLanguageAndShowsLittlePersonalData() {
        String token = jdbc.queryForObject(
                "select token from reg_card where artisan_id = ? and status = 'VALID'",
                String.class,
                RegistryFixtures.artisanIn("401").registered(port));
        WebSession visitor = new WebSession(port);

        String arabic = visitor.get("/verify/" + token).body();
        String french = visitor.get("/verify/" + token + "?lang=fr").body();
        String tamazight = visitor.get("/verify/" + token + "?lang=zgh").body();

        assertThat(arabic).contains("dir=\"rtl\"").contains("صالحة");
        assertThat(french).contains("Valide").contains("Carte professionnelle d’artisan");
        assertThat(tamazight).contains("lang=\"zgh\"");
        assertThat(french).doesNotContain("+2126").doesNotContainPattern("J[A]?\\d{6}");
    }
}
