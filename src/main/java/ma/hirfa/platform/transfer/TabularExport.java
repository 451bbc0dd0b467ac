package ma.hirfa.platform.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as CSV (UTF-8 with BOM, so that spreadsheets detect Arabic) or XLSX (POI's streaming writer,
 * 100 rows in memory), row by row; every cell goes through {@link CellSafety}. The caller scopes and audits.
 */
public final class TabularExport {

    private TabularExport() {}

    public static void write(ExportFormat format, List<String> headers, Stream<List<String>> rows, OutputStream out) {
        try {
            if (format == ExportFormat.CSV) {
                csv(headers, rows, out);
            } else {
                xlsx(headers, rows, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csv(List<String> headers, Stream<List<String>> rows, OutputStream out) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
        csv.printRecord(headers.stream().map(CellSafety::neutralise).toList());
        rows.forEach(row -> {
            try {
                csv.printRecord(row.stream().map(CellSafety::neutralise).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    private static void xlsx(List<String> headers, Stream<List<String>> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("export");
            write(sheet.createRow(0), headers);
            int[] next = {1};
            rows.forEach(row -> write(sheet.createRow(next[0]++), row));
            book.write(out);
            book.dispose();
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String value = CellSafety.neutralise(cells.get(i));
            row.createCell(i).setCellValue(value == null ? "" : value);
        }
    }
}
