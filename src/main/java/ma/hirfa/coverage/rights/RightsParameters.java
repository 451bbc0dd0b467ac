package ma.hirfa.coverage.rights;

/**
 * The numbers of the rights rule in force for a month: the waiting period after the first paid month and how
 * many of the most recent months may stay unpaid without suspension.
 */
public record RightsParameters(int waitingMonths, int toleratedArrears) {

    public static final RightsParameters DEFAULT = new RightsParameters(3, 2);

    public RightsParameters {
        if (waitingMonths < 0 || toleratedArrears < 0) {
            throw new IllegalArgumentException("parameters cannot be negative");
        }
    }
}
