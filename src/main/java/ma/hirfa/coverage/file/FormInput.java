package ma.hirfa.coverage.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the text of a page form into values, each unreadable field becoming a translated problem instead of an
 * error page, so that the form comes back with what was typed and one message per field.
 */
final class FormInput {

    private FormInput() {}

    static LocalDate date(String raw, String field, Problems problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.add(field, "coverage.common.date.invalid");
            return null;
        }
    }

    /** An amount in dirhams; a comma is read as the decimal point, as many people type it. */
    static BigDecimal amount(String raw, String field, Problems problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(field, "coverage.common.amount.invalid");
            return null;
        }
    }

    /** A choice among an enum's names; an unknown one is the same problem as none. */
    static <E extends Enum<E>> E choice(Class<E> type, String raw, String field, String key, Problems problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(field, key);
            return null;
        }
    }
}
