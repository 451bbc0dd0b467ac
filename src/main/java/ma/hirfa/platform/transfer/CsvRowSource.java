package ma.hirfa.platform.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import ma.hirfa.platform.Refusal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with a header row, comma or semicolon separated (French-locale spreadsheets write semicolons), read
 * with Apache Commons CSV (ADR 0009) one record at a time.
 */
final class CsvRowSource implements RowSource {

    private final CountingInputStream bytes;
    private final long size;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> headers;

    CsvRowSource(InputStream in, long size) {
        this.bytes = new CountingInputStream(in);
        this.size = size;
        try {
            BufferedReader reader = new BufferedReader(Utf8Text.open(bytes), 1 << 16);
            reader.mark(Utf8Text.MAX_RECORD_CHARS);
            String first = reader.readLine();
            reader.reset();
            if (first == null || first.isBlank()) {
                throw Refusal.invalid("transfer.file.empty");
            }
            char delimiter = first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
            this.parser = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(true)
                    .get()
                    .parse(reader);
            this.records = parser.iterator();
            if (!records.hasNext()) {
                throw Refusal.invalid("transfer.file.empty");
            }
            this.headers = new ArrayList<>();
            records.next().forEach(h -> headers.add(h.strip()));
        } catch (IOException | UncheckedIOException e) {
            throw Refusal.invalid("transfer.csv.malformed", 1);
        }
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public RawRow next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            return new RawRow(record.getRecordNumber(), record.toList());
        } catch (UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof Refusal refused) {
                throw refused;
            }
            throw Refusal.invalid("transfer.csv.malformed", parser.getRecordNumber() + 1);
        }
    }

    @Override
    public double progress() {
        return size <= 0 ? -1 : Math.min(1.0, (double) bytes.count() / size);
    }

    @Override
    public boolean strictColumns() {
        return true;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // nothing was written; the stream comes from the database
        }
    }
}
