package ma.hirfa.calls;

/**
 * Where a call stands: drafted (grid still editable), open to applications between its dates, closed to them,
 * being scored by the committee, results published (appeals window running), final (the ranking holds).
 */
public enum CallStatus {
    DRAFT,
    OPEN,
    CLOSED,
    SCORING,
    PUBLISHED,
    FINAL
}
