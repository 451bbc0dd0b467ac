package ma.hirfa.platform;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    READ
}
