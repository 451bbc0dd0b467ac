package ma.hirfa.platform.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CellSafetyTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasBecomeText() {
        assertThat(CellSafety.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CellSafety.neutralise("+212600000000")).isEqualTo("'+212600000000");
        assertThat(CellSafety.neutralise("-1")).isEqualTo("'-1");
        assertThat(CellSafety.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CellSafety.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(CellSafety.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(CellSafety.neutralise("محمد")).isEqualTo("محمد");
        assertThat(CellSafety.neutralise("")).isEmpty();
        assertThat(CellSafety.neutralise(null)).isNull();
    }

    @Test
    void csvAndXlsxExportsNeutraliseEveryCell() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        TabularExport.write(ExportFormat.CSV, List.of("name"), Stream.of(List.of("=1+1"), List.of("أوزال")), csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFname\r\n'=1+1\r\nأوزال\r\n");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        TabularExport.write(ExportFormat.XLSX, List.of("name"), Stream.of(List.of("@cmd")), xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("'@cmd");
        }
    }
}
