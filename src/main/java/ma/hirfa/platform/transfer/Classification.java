package ma.hirfa.platform.transfer;

/** What the dry run says of a row. */
public enum Classification {
    NEW,
    DUPLICATE_OF_EXISTING,
    INVALID,
    /** Not applied: the commit keeps it for a person to decide (e.g. a fund row matched by name only). */
    HELD
}
