package ma.hirfa.platform.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ma.hirfa.platform.Refusal;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The first sheet of an XLSX workbook, streamed with Apache POI's event API (never the whole workbook in
 * memory). Guards against zip bombs: POI's {@link ZipSecureFile} refuses entries that inflate more than 100
 * times or exceed {@link #MAX_ENTRY_BYTES}; rows and columns are capped as well. Numeric cells in a date
 * format come out as {@code yyyy-MM-dd}.
 */
final class XlsxRowSource implements RowSource {

    static final long MAX_ENTRY_BYTES = 1L << 30;
    static final int MAX_ROWS = 1_100_000;
    static final int MAX_COLUMNS = 200;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private final Path file;
    private final OPCPackage workbook;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final DataFormatter formatter = new DataFormatter();
    private final List<String> headers;
    private long rows;

    XlsxRowSource(InputStream in) {
        try {
            file = Files.createTempFile("hirfa-import", ".xlsx");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw Refusal.invalid("transfer.file.unreadable");
        }
        OPCPackage opened = null;
        try {
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(opened);
            strings = new ReadOnlySharedStringsTable(opened, false);
            styles = stylesOf(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw Refusal.invalid("transfer.file.empty");
            }
            sheet = sheets.next();
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            xml = factory.createXMLStreamReader(sheet);
            workbook = opened;
            RawRow first = next();
            if (first == null) {
                throw Refusal.invalid("transfer.file.empty");
            }
            headers = first.cells().stream().map(String::strip).toList();
        } catch (Refusal e) {
            closeQuietly(opened);
            deleteQuietly();
            throw e;
        } catch (Exception e) {
            closeQuietly(opened);
            deleteQuietly();
            throw refusal(e);
        }
    }

    private static StylesTable stylesOf(XSSFReader reader) {
        try {
            return reader.getStylesTable();
        } catch (Exception none) {
            return null;
        }
    }

    static Refusal refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refusal refused) {
                return refused;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("bomb") || message.contains("exceeds the max")) {
                return Refusal.invalid("transfer.xlsx.bomb");
            }
        }
        return Refusal.invalid("transfer.xlsx.unreadable");
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public RawRow next() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    if (++rows > MAX_ROWS) {
                        throw Refusal.invalid("transfer.xlsx.tooManyRows", MAX_ROWS);
                    }
                    String r = xml.getAttributeValue(null, "r");
                    long number = r == null ? rows : Long.parseLong(r);
                    return new RawRow(number, readRow());
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw refusal(e);
        }
    }

    private List<String> readRow() throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? cells.size() : new CellReference(ref).getCol();
                if (column >= MAX_COLUMNS) {
                    throw Refusal.invalid("transfer.xlsx.tooManyColumns", MAX_COLUMNS);
                }
                String type = xml.getAttributeValue(null, "t");
                String style = xml.getAttributeValue(null, "s");
                String value = readCell(type, style);
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value);
            }
        }
        return cells;
    }

    private String readCell(String type, String style) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
                if (text.length() > Utf8Text.MAX_RECORD_CHARS) {
                    throw Refusal.invalid("transfer.csv.recordTooLong", rows);
                }
            }
        }
        String raw = text.toString();
        if ("s".equals(type)) {
            return raw.isBlank()
                    ? ""
                    : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
        }
        if ("inlineStr".equals(type) || "str".equals(type) || raw.isEmpty()) {
            return raw;
        }
        if ("b".equals(type)) {
            return "1".equals(raw) ? "TRUE" : "FALSE";
        }
        if ("e".equals(type)) {
            return "";
        }
        return number(raw, style);
    }

    private String number(String raw, String style) {
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (styles != null && style != null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
            if (cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                    && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
        }
        return formatter.formatRawCellContents(value, 0, "General");
    }

    @Override
    public double progress() {
        return -1;
    }

    @Override
    public boolean strictColumns() {
        return false;
    }

    @Override
    public void close() {
        try {
            xml.close();
            sheet.close();
        } catch (Exception ignored) {
            // read-only
        }
        closeQuietly(workbook);
        deleteQuietly();
    }

    private static void closeQuietly(OPCPackage p) {
        if (p != null) {
            p.revert();
        }
    }

    private void deleteQuietly() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the temporary folder is cleaned by the system
        }
    }
}
