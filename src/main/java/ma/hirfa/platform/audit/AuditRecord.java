package ma.hirfa.platform.audit;

import java.time.Instant;
import ma.hirfa.platform.AuditAction;

/** One stored link of the audit chain. */
record AuditRecord(
        long seq,
        Instant occurredAt,
        String actor,
        String actorRole,
        String regionCode,
        String entityType,
        String entityId,
        AuditAction action,
        String before,
        String after,
        String clientAddress,
        String prevHash,
        String hash) {

    /** Whether the stored hash matches the content and the previous link. */
    boolean intact(String expectedPrevHash) {
        return prevHash.equals(expectedPrevHash) && hash.equals(AuditHash.of(this));
    }
}
