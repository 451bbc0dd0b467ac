package ma.hirfa.registry.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats a supporting document may have, recognised by their first bytes (magic numbers) rather
 * than by what the browser or the file name claims.
 */
enum SupportingDocumentType {
    PDF(
            "application/pdf",
            List.of("pdf"),
            List.of("application/x-pdf", "application/acrobat"),
            '%',
            'P',
            'D',
            'F',
            '-'),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), List.of("image/jpg", "image/pjpeg"), 0xFF, 0xD8, 0xFF),
    PNG("image/png", List.of("png"), List.of("image/x-png"), 0x89, 0x50, 0x4E, 0x47);

    /** What browsers and HTTP clients send when they do not know the type: says nothing either way. */
    private static final List<String> UNKNOWN =
            List.of("", "application/octet-stream", "binary/octet-stream", "application/unknown");

    private final String mediaType;
    private final List<String> extensions;
    private final List<String> aliases;
    private final byte[] magic;

    SupportingDocumentType(String mediaType, List<String> extensions, List<String> aliases, int... magic) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.aliases = aliases;
        this.magic = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            this.magic[i] = (byte) magic[i];
        }
    }

    String mediaType() {
        return mediaType;
    }

    /** The format the content actually has, if it is one Hirfa accepts. */
    static Optional<SupportingDocumentType> detect(byte[] content) {
        return Arrays.stream(values()).filter(t -> t.startsOf(content)).findFirst();
    }

    /** The format a file name announces by its extension (case ignored), if it is one Hirfa accepts. */
    static Optional<SupportingDocumentType> ofFileName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.extensions.contains(extension))
                .findFirst();
    }

    /** Whether a declared Content-Type is compatible with this format; an unknown or missing type is. */
    boolean agreesWith(String declaredContentType) {
        String declared = declaredContentType == null
                ? ""
                : declaredContentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return UNKNOWN.contains(declared) || mediaType.equals(declared) || aliases.contains(declared);
    }

    String extension() {
        return extensions.get(0);
    }

    private boolean startsOf(byte[] content) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        return Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
