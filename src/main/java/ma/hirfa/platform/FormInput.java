package ma.hirfa.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the text of a page form into values, each unreadable field becoming a problem of the refusal being
 * gathered instead of an error page, so that the form comes back with what was typed and every message. For forms
 * kept as text across a redirect ({@link FlashForm}); a form bound to typed fields gets the same from Spring's
 * binding ({@code typeMismatch}).
 */
public final class FormInput {

    private FormInput() {}

    public static LocalDate date(String raw, String field, String key, Refusal problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.field(field, key);
            return null;
        }
    }

    /** An amount in dirhams; a comma is read as the decimal point, as many people type it. */
    public static BigDecimal amount(String raw, String field, String key, Refusal problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.field(field, key);
            return null;
        }
    }

    /** A choice among an enum's names; an unknown one is the same problem as none. */
    public static <E extends Enum<E>> E choice(Class<E> type, String raw, String field, String key, Refusal problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.field(field, key);
            return null;
        }
    }
}
