package ma.hirfa.coverage.rights;

/**
 * Which date makes a month count as paid: the day the artisan paid ({@code ENTITLED}, what the artisan is
 * owed) or the day the fund recorded it ({@code FUND}, what the fund knew).
 */
public enum RightsBasis {
    ENTITLED,
    FUND
}
