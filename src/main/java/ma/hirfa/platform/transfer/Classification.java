package ma.hirfa.platform.transfer;

/** What the dry run says of a row. */
public enum Classification {
    NEW,
    DUPLICATE_OF_EXISTING,
    INVALID
}
