package ma.hirfa.platform.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.Refusal;

/**
 * Which header of the file holds which column of the kind. By default a column is found under its own id
 * (case and spaces ignored); a source's saved mapping ("column=header" lines) names other headers.
 */
record ColumnMapping(Map<String, String> headerOf) {

    static ColumnMapping parse(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.substring(eq + 1).isBlank()) {
                    map.put(
                            line.substring(0, eq).strip(),
                            line.substring(eq + 1).strip());
                }
            }
        }
        return new ColumnMapping(map);
    }

    String format() {
        StringBuilder out = new StringBuilder();
        headerOf.forEach((column, header) ->
                out.append(column).append('=').append(header).append('\n'));
        return out.toString();
    }

    /** Position in the file of each column of the kind (-1 when absent); refuses missing required columns. */
    Map<String, Integer> resolve(List<ImportColumn> columns, List<String> headers) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (ImportColumn column : columns) {
            String wanted = normal(headerOf.getOrDefault(column.id(), column.id()));
            int at = -1;
            for (int i = 0; i < headers.size(); i++) {
                if (normal(headers.get(i)).equals(wanted)) {
                    at = i;
                    break;
                }
            }
            if (at < 0 && column.required()) {
                missing.add(column.id());
            }
            positions.put(column.id(), at);
        }
        if (!missing.isEmpty()) {
            throw Refusal.invalid("transfer.file.missingColumns", String.join(", ", missing));
        }
        return positions;
    }

    private static String normal(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
