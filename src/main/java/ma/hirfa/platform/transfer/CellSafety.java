package ma.hirfa.platform.transfer;

/**
 * Neutralises cells that a spreadsheet would run as a formula (CSV/formula injection, OWASP): a value that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show
 * as text.
 */
public final class CellSafety {

    private CellSafety() {}

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
