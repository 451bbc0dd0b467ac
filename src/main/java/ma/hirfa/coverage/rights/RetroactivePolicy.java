package ma.hirfa.coverage.rights;

/**
 * Which payments make an artisan entitled on the care date: those made on or before it ({@code STRICT}, the
 * default) or also those made later ({@code AMNESTY}, a policy the chamber can argue for).
 */
public enum RetroactivePolicy {
    STRICT,
    AMNESTY
}
