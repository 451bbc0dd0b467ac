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
        writeCells(format, headers, rows.map(row -> (List<?>) row), out);
    }

    /**
     * Writes rows whose cells are text or numbers: a {@link Number} becomes a numeric cell in XLSX (so that a
     * spreadsheet sums it) and its plain digits in CSV; anything else is written as neutralised text.
     */
    public static void writeCells(
            ExportFormat format, List<String> headers, Stream<? extends List<?>> rows, OutputStream out) {
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

    private static void csv(List<String> headers, Stream<? extends List<?>> rows, OutputStream out) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
        csv.printRecord(headers.stream().map(CellSafety::neutralise).toList());
        rows.forEach(row -> {
            try {
                csv.printRecord(row.stream().map(TabularExport::text).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    private static void xlsx(List<String> headers, Stream<? extends List<?>> rows, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("export");
            write(sheet.createRow(0), headers);
            int[] next = {1};
            rows.forEach(row -> write(sheet.createRow(next[0]++), row));
            book.write(out);
            book.dispose();
        }
    }

    private static void write(Row row, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Object cell = cells.get(i);
            if (cell instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                String value = text(cell);
                row.createCell(i).setCellValue(value == null ? "" : value);
            }
        }
    }

    private static String text(Object cell) {
        if (cell instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return cell instanceof Number n ? n.toString() : CellSafety.neutralise(cell == null ? null : cell.toString());
    }
}
