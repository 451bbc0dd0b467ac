package ma.hirfa.platform.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import ma.hirfa.platform.AuditAction;

/**
 * One stored link of the audit chain, also as the page and the API show it; the previous link's hash stays out
 * of the API's answer (the chain is verified by the server, {@code AuditQueries.verify}).
 */
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
        @JsonIgnore String prevHash,
        String hash) {

    /** Whether the stored hash matches the content and the previous link. */
    boolean intact(String expectedPrevHash) {
        return prevHash.equals(expectedPrevHash) && hash.equals(AuditHash.of(this));
    }
}
