package ma.hirfa.matching.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.matching.IdentityRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the {@code match} command's input: strict UTF-8 (a BOM is accepted), a header naming the nine
 * columns in any order (extra columns are ignored, {@code id} is accepted for {@code record_id} so the
 * generator's files can be matched as they are), dates as {@code yyyy-mm-dd} or {@code dd/mm/yyyy}. Every
 * problem is reported with its line, up to {@link #MAX_PROBLEMS}; nothing is returned when there is one.
 * Repeated values (names, provinces, dates) are shared to keep a million rows small in memory.
 */
final class IdentityCsvReader {

    static final List<String> COLUMNS = List.of(
            "record_id",
            "national_id",
            "first_name_ar",
            "last_name_ar",
            "first_name_lat",
            "last_name_lat",
            "birth_date",
            "province_code",
            "phone");
    static final int MAX_PROBLEMS = 20;
    static final int MAX_CELL = 1_000;

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern EOF_IN_QUOTES = Pattern.compile("(?i)encapsulated token|EOF reached");

    private final List<String> problems = new ArrayList<>();
    private int headerSize;
    private final Map<String, String> shared = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();

    List<IdentityRecord> read(Path file) throws IOException, UnusableInputException {
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException(List.of("cannot read " + file + ": no such file"));
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).get();
        List<IdentityRecord> records = new ArrayList<>();
        long line = 1;
        try (InputStream in = Files.newInputStream(file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, utf8), 1 << 16);
                CSVParser parser = CSVParser.builder()
                        .setReader(skipBom(reader))
                        .setFormat(format)
                        .get()) {
            int[] columns = null;
            Set<String> ids = new HashSet<>();
            for (CSVRecord row : parser) {
                line = parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = header(row);
                    if (columns == null) {
                        break;
                    }
                    continue;
                }
                IdentityRecord record = record(row, columns, line);
                if (record != null && !ids.add(record.recordId())) {
                    problem(line, "record_id " + record.recordId() + " appears twice");
                } else if (record != null && problems.isEmpty()) {
                    records.add(record);
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    problems.add("(stopped after " + MAX_PROBLEMS + " problems)");
                    break;
                }
            }
            if (columns == null && problems.isEmpty()) {
                problems.add("the file is empty: expected a header line " + String.join(",", COLUMNS));
            }
        } catch (UncheckedIOException e) {
            problems.add(describe(e.getCause(), line));
        } catch (CharacterCodingException e) {
            problems.add(notUtf8(line));
        } catch (IOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                problems.add(notUtf8(line));
            } else if (EOF_IN_QUOTES.matcher(String.valueOf(e.getMessage())).find()) {
                problems.add(unbalanced(line));
            } else {
                throw e;
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add("line " + line + ": " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new UnusableInputException(problems);
        }
        return records;
    }

    private static BufferedReader skipBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private String describe(IOException cause, long line) {
        if (cause instanceof CharacterCodingException || cause.getCause() instanceof CharacterCodingException) {
            return notUtf8(line);
        }
        if (EOF_IN_QUOTES.matcher(String.valueOf(cause.getMessage())).find()) {
            return unbalanced(line);
        }
        return "line " + line + ": " + cause.getMessage();
    }

    private static String notUtf8(long line) {
        return "the file is not UTF-8 text (near line " + line
                + "): save it again as \"CSV UTF-8\" from your spreadsheet";
    }

    private static String unbalanced(long line) {
        return "a quote (\") opened near line " + line + " is never closed: check the quotes of that line";
    }

    /** Position of each column in the file, or null (with a problem) when one is missing. */
    private int[] header(CSVRecord row) {
        headerSize = row.size();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String name = row.get(i).strip().toLowerCase();
            if (binary(name)) {
                problems.add("line 1: the header holds binary data: this is not a CSV file");
                return null;
            }
            positions.putIfAbsent(name, i);
        }
        if (!positions.containsKey("record_id") && positions.containsKey("id")) {
            positions.put("record_id", positions.get("id"));
        }
        List<String> missing = new ArrayList<>();
        int[] columns = new int[COLUMNS.size()];
        for (int c = 0; c < columns.length; c++) {
            Integer at = positions.get(COLUMNS.get(c));
            if (at == null) {
                missing.add(COLUMNS.get(c));
            } else {
                columns[c] = at;
            }
        }
        if (!missing.isEmpty()) {
            problems.add("line 1: missing column(s) " + String.join(", ", missing) + "; the header must be "
                    + String.join(",", COLUMNS));
            return null;
        }
        return columns;
    }

    private IdentityRecord record(CSVRecord row, int[] columns, long line) {
        if (row.size() == 1 && row.get(0).isEmpty()) {
            return null; // blank line
        }
        int problemsBefore = problems.size();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            if (cell.length() > MAX_CELL) {
                problem(line, "a cell holds " + cell.length() + " characters (at most " + MAX_CELL + ")");
                return null;
            }
            if (binary(cell)) {
                problem(line, "binary data (control characters): this is not a text CSV file");
                return null;
            }
        }
        if (row.size() != headerSize) {
            problem(line, "has " + row.size() + " fields where the header has " + headerSize);
        }
        String[] v = new String[columns.length];
        for (int c = 0; c < columns.length; c++) {
            v[c] = columns[c] < row.size() ? row.get(columns[c]) : "";
        }
        if (v[0].isEmpty()) {
            problem(line, "record_id is empty");
        }
        LocalDate birth = date(v[6], line);
        if (problems.size() > problemsBefore) {
            return null;
        }
        return new IdentityRecord(
                v[0],
                orNull(v[1]),
                shared(v[2]),
                shared(v[3]),
                shared(v[4]),
                shared(v[5]),
                birth,
                shared(v[7]),
                orNull(v[8]));
    }

    private LocalDate date(String text, long line) {
        if (text.isEmpty()) {
            return null;
        }
        LocalDate known = dates.get(text);
        if (known != null) {
            return known;
        }
        Matcher iso = ISO_DATE.matcher(text);
        Matcher french = FRENCH_DATE.matcher(text);
        try {
            LocalDate date;
            if (iso.matches()) {
                date = LocalDate.of(
                        Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } else if (french.matches()) {
                date = LocalDate.of(
                        Integer.parseInt(french.group(3)),
                        Integer.parseInt(french.group(2)),
                        Integer.parseInt(french.group(1)));
            } else {
                problem(line, "birth_date \"" + text + "\" is not a date (write 1975-03-14 or 14/03/1975)");
                return null;
            }
            dates.put(text, date);
            return date;
        } catch (DateTimeException e) {
            problem(line, "birth_date \"" + text + "\" does not exist in the calendar");
            return null;
        }
    }

    private static boolean binary(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFD') {
                return true;
            }
        }
        return false;
    }

    private void problem(long line, String what) {
        problems.add("line " + line + ": " + what);
    }

    private static String orNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private String shared(String s) {
        if (s.isEmpty()) {
            return null;
        }
        String existing = shared.putIfAbsent(s, s);
        return existing == null ? s : existing;
    }
}
