package ma.hirfa.coverage.file;

import java.io.Serializable;

/** A follow-up note as typed, kept to show it again when refused. */
public record NoteForm(String note) implements Serializable {}
