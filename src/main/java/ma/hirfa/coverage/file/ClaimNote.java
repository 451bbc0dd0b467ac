package ma.hirfa.coverage.file;

import java.time.Instant;

/** A follow-up note on a claim file. */
public record ClaimNote(Instant writtenAt, String writtenBy, String note) {}
