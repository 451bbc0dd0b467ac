package ma.hirfa.registry.artisan;

/** Tax status, which decides the artisan's route to health insurance (AMO). */
public enum TaxStatus {
    CPU,
    ACCOUNTS,
    UNTAXED,
    AUTO_ENTREPRENEUR
}
