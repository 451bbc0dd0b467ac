package ma.hirfa.platform.audit;

import ma.hirfa.platform.AuditAction;

/** What the caller tells the audit log; sequence, time and hashes are added when it is appended. */
public record AuditEntry(
        String actor,
        String actorRole,
        String regionCode,
        String entityType,
        String entityId,
        AuditAction action,
        String before,
        String after,
        String clientAddress) {}
