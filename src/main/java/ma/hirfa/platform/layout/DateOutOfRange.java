package ma.hirfa.platform.layout;

/** A well-formed date whose year lies outside {@link ma.hirfa.platform.PlausibleDates}; answered as a 400. */
final class DateOutOfRange extends IllegalArgumentException {

    DateOutOfRange(String text) {
        super("year out of range: " + text);
    }
}
