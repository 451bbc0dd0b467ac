package ma.hirfa.registry.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;
import ma.hirfa.platform.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What an uploaded supporting document must be before it is kept: a known kind, not empty, not larger than
 * {@code hirfa.registry.max-document-bytes}, and a PDF, JPEG or PNG whose bytes agree with its name and
 * declared type. A scan renamed to look like something else is refused rather than guessed at.
 */
@Component
class SupportingDocumentRules {

    static final String FILE = "file";
    static final String KIND = "kind";
    static final int MAX_NAME_LENGTH = 200;

    private static final long MEGABYTE = 1024 * 1024;
    /** Control and format characters (including bidi overrides) that could disguise a name or a header. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    private final long maxBytes;

    SupportingDocumentRules(@Value("${hirfa.registry.max-document-bytes:3145728}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    SupportingDocumentKind kind(String value) {
        String wanted = value == null ? "" : value.strip();
        for (SupportingDocumentKind kind : SupportingDocumentKind.values()) {
            if (kind.name().equals(wanted)) {
                return kind;
            }
        }
        throw Refusal.invalidField(KIND, "registry.document.kind.invalid");
    }

    /** Checked before the bytes are read, from the size the upload announces. */
    void checkSize(long size) {
        if (size <= 0) {
            throw Refusal.invalidField(FILE, "registry.document.empty");
        }
        if (size > maxBytes) {
            throw Refusal.invalidField(FILE, "registry.document.tooLarge", maxMegabytes());
        }
    }

    /** The format of the content, when the content, the file name and the declared type agree on it. */
    SupportingDocumentType checkContent(String fileName, String declaredContentType, byte[] content) {
        checkSize(content == null ? 0 : content.length);
        Optional<SupportingDocumentType> detected = SupportingDocumentType.detect(content);
        String name = withoutFolders(fileName);
        Optional<SupportingDocumentType> named = SupportingDocumentType.ofFileName(name);
        if (detected.isEmpty()) {
            throw Refusal.invalidField(
                    FILE, named.isPresent() ? "registry.document.mislabelled" : "registry.document.unsupported");
        }
        SupportingDocumentType type = detected.get();
        boolean otherExtension = named.isEmpty() && hasExtension(name);
        if (otherExtension || named.filter(n -> n != type).isPresent() || !type.agreesWith(declaredContentType)) {
            throw Refusal.invalidField(FILE, "registry.document.mislabelled");
        }
        return type;
    }

    /** The largest accepted size in megabytes, as shown in messages: "3", or "2.5". */
    String maxMegabytes() {
        return BigDecimal.valueOf(maxBytes)
                .divide(BigDecimal.valueOf(MEGABYTE), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /**
     * The name to keep and to offer on download: without the client's folders and invisible characters, with
     * the extension of its real format, at most {@value #MAX_NAME_LENGTH} characters.
     */
    static String cleanName(String original, SupportingDocumentType type) {
        String name = INVISIBLE.matcher(withoutFolders(original)).replaceAll("").strip();
        String extension = "." + type.extension();
        if (SupportingDocumentType.ofFileName(name).isPresent()) {
            // keeps the user's spelling of the extension (.JPG, .jpeg), already checked against the content
            extension = name.substring(name.lastIndexOf('.'));
            name = name.substring(0, name.lastIndexOf('.')).strip();
        }
        if (name.isEmpty()) {
            name = "document";
        }
        int room = MAX_NAME_LENGTH - extension.length();
        if (name.codePointCount(0, name.length()) > room) {
            name = name.substring(0, name.offsetByCodePoints(0, room));
        }
        return name + extension;
    }

    private static boolean hasExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1;
    }

    /** Some browsers send the full client path ({@code C:\Users\Amina\scan.pdf}). */
    private static String withoutFolders(String fileName) {
        String name = fileName == null ? "" : fileName;
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
