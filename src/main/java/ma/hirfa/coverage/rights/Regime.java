package ma.hirfa.coverage.rights;

/** How an artisan contributes to AMO, which follows from their tax status (FACTS §3.2). */
public enum Regime {
    CPU,
    ACCOUNTS,
    UNTAXED,
    AUTO_ENTREPRENEUR
}
