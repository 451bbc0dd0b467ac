package ma.hirfa.coverage.rights;

/** Whether an artisan has AMO rights for a month, from the least to the most favourable. */
public enum RightsStatus {
    NOT_ENROLLED,
    WAITING,
    SUSPENDED,
    OPEN
}
