package ma.hirfa.platform;

import java.time.LocalDate;

/**
 * What a signed token says: the key that signed it, the kind of document ({@code CARD}, {@code CERTIFICATE}),
 * its id and number, and one date (a card's end of validity, a certificate's date of issue).
 */
public record TokenClaims(String kid, String kind, long id, String number, LocalDate date) {}
