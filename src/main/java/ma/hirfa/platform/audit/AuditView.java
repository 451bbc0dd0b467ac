package ma.hirfa.platform.audit;

import java.time.Instant;
import ma.hirfa.platform.AuditAction;

/** One audit record as the page and the API show it. */
record AuditView(
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
        String hash) {

    static AuditView of(AuditRecord r) {
        return new AuditView(
                r.seq(),
                r.occurredAt(),
                r.actor(),
                r.actorRole(),
                r.regionCode(),
                r.entityType(),
                r.entityId(),
                r.action(),
                r.before(),
                r.after(),
                r.clientAddress(),
                r.hash());
    }
}
