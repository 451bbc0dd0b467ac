package ma.hirfa.platform.transfer;

import java.util.Map;

/**
 * One row of a file, with its values keyed by column id (after mapping), stripped; empty cells are null.
 * {@code number} is the row as a spreadsheet shows it (the header is row 1).
 */
public record ImportRow(long number, Map<String, String> values) {

    public String get(String column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
