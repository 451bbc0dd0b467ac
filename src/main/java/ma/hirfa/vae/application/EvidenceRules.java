package ma.hirfa.vae.application;

import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded piece of evidence must be: a PDF, JPEG or PNG (checked on its first bytes, not on its
 * name), not empty, not larger than the limit. The same formats as the register's supporting documents.
 */
final class EvidenceRules {

    private EvidenceRules() {}

    static Optional<String> contentType(byte[] content) {
        if (starts(content, 0x25, 0x50, 0x44, 0x46)) {
            return Optional.of("application/pdf");
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(content, 0x89, 0x50, 0x4E, 0x47)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** A safe file name: no folders, no control or bidi characters, at most 200 characters. */
    static String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cc}\\p{Cf}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
