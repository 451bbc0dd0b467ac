package ma.hirfa.registry.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small files that start like the real thing: enough for Hirfa, which only looks at the first bytes. */
final class SupportingDocumentFixtures {

    private SupportingDocumentFixtures() {}

    static byte[] pdf() {
        return ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    }

    static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    }

    static byte[] text() {
        return "Attestation d’exercice — scannée plus tard".getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF of exactly {@code size} bytes. */
    static byte[] pdfOfSize(int size) {
        byte[] content = Arrays.copyOf(pdf(), size);
        Arrays.fill(content, pdf().length, size, (byte) ' ');
        return content;
    }
}
