package ma.hirfa.platform;

import java.util.Set;

/**
 * Declared by a module whose audited entity types hold health data (Law 09-08): the audit records of these
 * types are readable only by those who may read the data itself — administrators and the coverage officers of
 * the record's region — on every path that returns audit records (the audit page and API, histories). The
 * platform knows no module's types; each module declares its own in one place.
 */
public interface HealthAuditTypes {

    /** The {@code entityType}s the module passes to {@link AuditTrail} for health data. */
    Set<String> entityTypes();
}
