package ma.hirfa.calls;

/**
 * Published when a call's ranking becomes final (results published, appeals window over or every appeal decided):
 * the offering module may then allocate from it.
 */
public record CallResultsFinal(long callId, String kind, long ownerId) {}
