package ma.hirfa.platform.layout;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import ma.hirfa.platform.PlainText;

/** The message key that says what a value should have been ("not a date", "not a number"...). */
final class TypeNames {

    private TypeNames() {}

    static String key(Class<?> type) {
        if (type == null) {
            return "typeMismatch";
        }
        if (type == LocalDate.class || type == YearMonth.class) {
            return "platform.type.date";
        }
        if (type == LocalDateTime.class || type == LocalTime.class || Temporal.class.isAssignableFrom(type)) {
            return "platform.type.time";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "platform.type.number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "platform.type.boolean";
        }
        if (type == String.class) {
            // Text converts from any request value; it fails only on PlainText's rule.
            return PlainText.INVISIBLE_KEY;
        }
        if (type.isEnum()) {
            return "platform.type.choice";
        }
        return "typeMismatch";
    }
}
