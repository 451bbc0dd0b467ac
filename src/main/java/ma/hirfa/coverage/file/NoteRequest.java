package ma.hirfa.coverage.file;

/** A follow-up note on a claim, as the API receives it. */
record NoteRequest(String note) {}
