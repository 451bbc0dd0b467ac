package ma.hirfa.reference.craft;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the official nomenclature as UTF-8 CSV (a BOM is accepted) with the header
 * {@code code,category,branch_fr,branch_ar,branch_zgh,name_fr,name_ar,name_zgh}. Every problem of every
 * line is reported; the caller writes nothing unless there are none.
 */
final class CraftCsvParser {

    static final List<String> HEADER =
            List.of("code", "category", "branch_fr", "branch_ar", "branch_zgh", "name_fr", "name_ar", "name_zgh");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9.\\-]{1,20}");
    private static final Set<String> CATEGORIES = Set.of("PRODUCTION", "SERVICE");
    private static final int MAX_NAME = 160;

    record Result(List<CraftRow> rows, List<RowError> errors) {}

    private CraftCsvParser() {}

    static Result parse(byte[] content) {
        List<RowError> errors = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new Result(List.of(), List.of(new RowError(0, "reference.crafts.import.notUtf8")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreHeaderCase(true)
                .setTrim(true)
                .get();
        List<CraftRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.toLowerCase(Locale.ROOT))
                    .toList();
            if (!header.containsAll(HEADER)) {
                return new Result(
                        List.of(),
                        List.of(new RowError(1, "reference.crafts.import.header", String.join(",", HEADER))));
            }
            Set<String> codes = new HashSet<>();
            for (CSVRecord record : parser) {
                CraftRow row = row(record);
                long line = record.getRecordNumber() + 1;
                int before = errors.size();
                if (!CODE.matcher(row.code()).matches()) {
                    errors.add(new RowError(line, "reference.crafts.import.code", row.code()));
                } else if (!codes.add(row.code())) {
                    errors.add(new RowError(line, "reference.crafts.import.duplicate", row.code()));
                }
                if (!CATEGORIES.contains(row.category())) {
                    errors.add(new RowError(line, "reference.crafts.import.category", row.category()));
                }
                if (row.nameFr().isEmpty() || row.nameAr().isEmpty()) {
                    errors.add(new RowError(line, "reference.crafts.import.name"));
                }
                if (tooLong(row)) {
                    errors.add(new RowError(line, "reference.crafts.import.length", MAX_NAME));
                }
                if (errors.size() == before) {
                    rows.add(row);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException malformed) {
            return new Result(List.of(), List.of(new RowError(0, "reference.crafts.import.malformed")));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(0, "reference.crafts.import.empty"));
        }
        return new Result(rows, errors);
    }

    private static CraftRow row(CSVRecord r) {
        return new CraftRow(
                value(r, "code"),
                value(r, "category").toUpperCase(Locale.ROOT),
                optional(r, "branch_fr"),
                optional(r, "branch_ar"),
                optional(r, "branch_zgh"),
                value(r, "name_fr"),
                value(r, "name_ar"),
                optional(r, "name_zgh"));
    }

    private static String value(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
    }

    private static String optional(CSVRecord r, String column) {
        String v = value(r, column);
        return v.isEmpty() ? null : v;
    }

    private static boolean tooLong(CraftRow row) {
        for (String v :
                new String[] {row.nameFr(), row.nameAr(), row.nameZgh(), row.branchFr(), row.branchAr(), row.branchZgh()
                }) {
            if (v != null && v.length() > MAX_NAME) {
                return true;
            }
        }
        return false;
    }
}
