package ma.hirfa.platform.transfer;

import static ma.hirfa.platform.transfer.TransferFixtures.utf8;
import static ma.hirfa.platform.transfer.TransferFixtures.withBom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileReadingTest {

    @Test
    void readsUtf8CsvWithOrWithoutBomAndWithSemicolons() {
        String text = "national_id,first_name_ar\nJA123,محمد\n";
        assertThat(rows(utf8(text))).containsExactly(List.of("JA123", "محمد"));
        assertThat(rows(withBom(text))).containsExactly(List.of("JA123", "محمد"));
        assertThat(headers(withBom(text))).containsExactly("national_id", "first_name_ar");
        assertThat(rows(utf8("national_id;first_name_lat\nJA1;Ouzal\n"))).containsExactly(List.of("JA1", "Ouzal"));
    }

    @Test
    void numbersRowsAsASpreadsheetDoesWithTheHeaderAsRowOne() {
        CsvRowSource source = csv(utf8("a,b\n1,2\n3,4\n"));
        assertThat(source.next().number()).isEqualTo(2);
        assertThat(source.next().number()).isEqualTo(3);
        assertThat(source.next()).isNull();
    }

    @Test
    void refusesWindows1256AndLatin1Files() {
        byte[] arabic = "national_id,first_name_ar\nJA1,محمد\n".getBytes(Charset.forName("windows-1256"));
        assertThatThrownBy(() -> rows(arabic)).hasMessageContaining("transfer.file.encoding");
        byte[] latin = "national_id,first_name_lat\nJA1,Aït Zoubir\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> rows(latin)).hasMessageContaining("transfer.file.encoding");
    }

    @Test
    void refusesUtf16WithItsBom() {
        byte[] utf16 = "national_id\nJA1\n".getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> rows(utf16)).hasMessageContaining("transfer.file.encoding");
        byte[] utf16le = "\uFEFFnational_id\nJA1\n".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> rows(utf16le)).hasMessageContaining("transfer.file.encoding");
    }

    @Test
    void refusesBinaryData() {
        byte[] binary = {'a', ',', 'b', '\n', 0x00, 0x01, 0x02, 'x', '\n'};
        assertThatThrownBy(() -> rows(binary)).hasMessageContaining("transfer.file.binary");
    }

    @Test
    void refusesAQuoteThatIsNeverClosed() {
        assertThatThrownBy(() -> rows(utf8("a,b\n1,\"never closed\n3,4\n")))
                .hasMessageContaining("transfer.csv.malformed");
    }

    @Test
    void refusesATenMegabyteCellWithoutHoldingIt() {
        StringBuilder big = new StringBuilder("a,b\n1,\"");
        big.append("x".repeat(10 * 1024 * 1024)).append("\"\n");
        assertThatThrownBy(() -> rows(utf8(big.toString()))).hasMessageContaining("transfer.csv.recordTooLong");
    }

    @Test
    void keepsRowsWithTheWrongNumberOfCellsForTheReport() {
        assertThat(rows(utf8("a,b\n1,2,3\n4\n"))).containsExactly(List.of("1", "2", "3"), List.of("4"));
    }

    @Test
    void readsTheFirstSheetOfAWorkbook() {
        byte[] book = TransferFixtures.xlsx(List.of(List.of("national_id", "last_name_ar"), List.of("JA9", "أوزال")));
        try (XlsxRowSource source = new XlsxRowSource(new ByteArrayInputStream(book))) {
            assertThat(source.headers()).containsExactly("national_id", "last_name_ar");
            RawRow row = source.next();
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.cells()).containsExactly("JA9", "أوزال");
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void refusesAnXlsxBomb() {
        byte[] bomb = TransferFixtures.xlsxBomb();
        assertThat(bomb.length).isLessThan(200_000);
        assertThatThrownBy(() -> {
                    try (XlsxRowSource source = new XlsxRowSource(new ByteArrayInputStream(bomb))) {
                        while (source.next() != null) {
                            // read everything
                        }
                    }
                })
                .hasMessageContaining("transfer.xlsx.bomb");
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() {
        assertThatThrownBy(() -> new XlsxRowSource(new ByteArrayInputStream(utf8("a,b\n1,2\n"))))
                .hasMessageContaining("transfer.xlsx.unreadable");
    }

    private static CsvRowSource csv(byte[] bytes) {
        return new CsvRowSource(new ByteArrayInputStream(bytes), bytes.length);
    }

    private static List<String> headers(byte[] bytes) {
        return csv(bytes).headers();
    }

    private static List<List<String>> rows(byte[] bytes) {
        List<List<String>> out = new ArrayList<>();
        try (CsvRowSource source = csv(bytes)) {
            RawRow row;
            while ((row = source.next()) != null) {
                out.add(row.cells());
            }
        }
        return out;
    }
}
