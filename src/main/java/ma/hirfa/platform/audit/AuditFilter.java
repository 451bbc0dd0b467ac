package ma.hirfa.platform.audit;

import java.time.LocalDate;
import ma.hirfa.platform.AuditAction;

/** Filters of the audit page and API; every field is optional. */
record AuditFilter(
        String entityType,
        String entityId,
        String actor,
        AuditAction action,
        String region,
        LocalDate from,
        LocalDate to) {

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
