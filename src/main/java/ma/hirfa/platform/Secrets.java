package ma.hirfa.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Seals secrets kept in the database (e.g. private signing keys) with AES-256-GCM, so that a copy of the
 * database alone does not give them away. The key comes from {@code HIRFA_SECRETS_KEY} (32 bytes, base64),
 * which every node of a deployment must share; without it, a single embedded node keeps a generated key in
 * its data folder.
 */
@Service
public class Secrets {

    private static final Logger log = LoggerFactory.getLogger(Secrets.class);
    private static final String PREFIX = "gcm1:";
    private static final int IV_BYTES = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    Secrets(@Value("${hirfa.secrets.key:}") String configured, @Value("${hirfa.data-dir}") String dataDir) {
        this.key = new SecretKeySpec(configured.isBlank() ? localKey(Path.of(dataDir)) : decode(configured), "AES");
    }

    public String seal(byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17", e);
        }
    }

    /** Opens a sealed value; values stored before sealing existed (plain base64) are read as they are. */
    public byte[] open(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return Base64.getDecoder().decode(stored);
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
        } catch (GeneralSecurityException wrongKey) {
            throw new IllegalStateException(
                    "A sealed secret cannot be opened: is HIRFA_SECRETS_KEY the right one?", wrongKey);
        }
    }

    private static byte[] decode(String configured) {
        byte[] bytes = Base64.getDecoder().decode(configured.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("HIRFA_SECRETS_KEY must be 32 bytes in base64 (openssl rand -base64 32)");
        }
        return bytes;
    }

    private static byte[] localKey(Path dataDir) {
        Path file = dataDir.resolve("secrets.key");
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file));
            }
            Files.createDirectories(dataDir);
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the folder's own permissions protect it
            }
            log.warn(
                    "No HIRFA_SECRETS_KEY set: generated {} for this node only. Set HIRFA_SECRETS_KEY on every node of a cluster.",
                    file);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
