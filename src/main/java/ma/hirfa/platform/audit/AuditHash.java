package ma.hirfa.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a record's content and the hash of the record before it. */
final class AuditHash {

    private static final char SEPARATOR = '\u001f';

    private AuditHash() {}

    static String of(AuditRecord r) {
        StringBuilder content = new StringBuilder();
        append(content, r.seq());
        append(content, r.occurredAt().toEpochMilli());
        append(content, r.actor());
        append(content, r.actorRole());
        append(content, r.regionCode());
        append(content, r.entityType());
        append(content, r.entityId());
        append(content, r.action().name());
        append(content, r.before());
        append(content, r.after());
        append(content, r.clientAddress());
        append(content, r.prevHash());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JVM", impossible);
        }
    }

    private static void append(StringBuilder content, Object value) {
        content.append(value == null ? "\u2205" : value.toString()).append(SEPARATOR);
    }
}
