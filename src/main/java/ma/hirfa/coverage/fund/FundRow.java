package ma.hirfa.coverage.fund;

import java.util.Map;

/** One line of a fund file, values by column (blank cells are null). */
record FundRow(int line, Map<String, String> values, String raw) {

    String get(String column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
