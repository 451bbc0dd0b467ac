package ma.hirfa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B =
            Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path data;

    @Test
    void aSealedSecretOpensWithTheSameKeyAndLooksDifferentEachTime() {
        Secrets secrets = new Secrets(KEY_A, data.toString());
        byte[] secret = "private key bytes".getBytes(StandardCharsets.UTF_8);

        String first = secrets.seal(secret);
        String second = secrets.seal(secret);

        assertThat(first)
                .startsWith("gcm1:")
                .isNotEqualTo(second)
                .doesNotContain(Base64.getEncoder().encodeToString(secret));
        assertThat(secrets.open(first)).isEqualTo(secret);
        assertThat(new Secrets(KEY_A, data.toString()).open(second)).isEqualTo(secret);
    }

    @Test
    void anotherKeyCannotOpenIt() {
        String sealed = new Secrets(KEY_A, data.toString()).seal(new byte[] {1, 2, 3});

        assertThatThrownBy(() -> new Secrets(KEY_B, data.toString()).open(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HIRFA_SECRETS_KEY");
    }

    @Test
    void withoutAConfiguredKeyANodeKeepsOneInItsDataFolder() throws Exception {
        String sealed = new Secrets("", data.toString()).seal(new byte[] {4, 5, 6});

        assertThat(Files.exists(data.resolve("secrets.key"))).isTrue();
        assertThat(new Secrets("", data.toString()).open(sealed)).containsExactly(4, 5, 6);
    }

    @Test
    void valuesStoredBeforeSealingAreStillRead() {
        assertThat(new Secrets(KEY_A, data.toString()).open(Base64.getEncoder().encodeToString(new byte[] {7})))
                .containsExactly(7);
    }

    @Test
    void aKeyOfTheWrongSizeIsRefusedAtStart() {
        assertThatThrownBy(() -> new Secrets(Base64.getEncoder().encodeToString(new byte[16]), data.toString()))
                .hasMessageContaining("32 bytes");
    }
}
