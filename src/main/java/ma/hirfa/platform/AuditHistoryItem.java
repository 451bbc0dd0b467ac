package ma.hirfa.platform;

import java.time.Instant;

/** One change of a record as its owner may see it (data exports, file timelines). */
public record AuditHistoryItem(Instant at, String actor, AuditAction action, String before, String after) {}
