package ma.hirfa.platform;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The one way Hirfa writes numbers and dates on pages, in messages and in documents, whatever the language
 * (ADR 0038): Western digits 0-9 (as Moroccan administration writes them, also in Arabic), a narrow no-break
 * space between thousands and a comma before decimals, so no separator reads as the Arabic-Indic zero ٠ next to
 * a digit; dates and months in ISO order ({@code 2026-12-05}, {@code 2026-12}). Templates call it as
 * {@code ${@figures.number(x)}}; the message source formats every numeric or date argument through it.
 */
@Component("figures")
public class Figures {

    /** U+202F NARROW NO-BREAK SPACE: groups thousands and never lets a number break across lines. */
    public static final char THOUSANDS = '\u202F';

    public static final char DECIMALS = ',';

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** A whole or decimal number as it was given (no rounding): {@code 1 234 567,5}; "—" for none. */
    public String number(Number value) {
        return value == null ? "—" : write(decimal(value));
    }

    /** A number rounded half-up to {@code scale} decimals: {@code decimal(12345.5, 2)} = {@code 12 345,50}. */
    public String decimal(Number value, int scale) {
        return value == null ? "—" : write(decimal(value).setScale(scale, RoundingMode.HALF_UP));
    }

    public String date(LocalDate value) {
        return value == null ? "—" : DATE.format(value);
    }

    public String month(YearMonth value) {
        return value == null ? "—" : MONTH.format(value);
    }

    public String dateTime(LocalDateTime value) {
        return value == null ? "—" : DATE_TIME.format(value);
    }

    /** Any value a message may carry: numbers and dates by the policy above, anything else unchanged. */
    public Object argument(Object value) {
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        if (value instanceof YearMonth m) {
            return month(m);
        }
        return value instanceof LocalDateTime t ? dateTime(t) : value;
    }

    private static BigDecimal decimal(Number value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString());
        }
        return BigDecimal.valueOf(value.longValue());
    }

    private static String write(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder out = new StringBuilder(value.signum() < 0 ? "-" : "");
        // Four digits stay whole (a year, a code: 2026), as French typography allows; grouping starts at 10 000.
        boolean grouped = whole.length() > 4;
        for (int i = 0; i < whole.length(); i++) {
            if (grouped && i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(THOUSANDS);
            }
            out.append(whole.charAt(i));
        }
        if (point >= 0) {
            out.append(DECIMALS).append(plain, point + 1, plain.length());
        }
        return out.toString();
    }
}
