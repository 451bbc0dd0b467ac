package ma.hirfa.reference.craft;

/** A problem found in an uploaded file: the line (1 = header), a message key and its arguments. */
record RowError(long line, String messageKey, Object... arguments) {}
