package ma.hirfa.platform.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * The date formats every import accepts (docs/formats): {@code yyyy-MM-dd} (ISO, what exports write) and
 * {@code dd/MM/yyyy} (how Moroccan offices type dates, also with one-digit day or month). Anything else,
 * such as {@code MM/dd/yyyy} with a month above 12, {@code 12.03.1980} or two-digit years, is refused rather
 * than guessed.
 */
public final class ImportDates {

    public static final String ACCEPTED = "yyyy-MM-dd, dd/MM/yyyy";

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private ImportDates() {}

    /** The date, or empty when the text is in no accepted format or is not a real date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.length() < 8 || t.length() > 10) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(t, format));
            } catch (DateTimeParseException notThisOne) {
                // try the next accepted format
            }
        }
        return Optional.empty();
    }
}
