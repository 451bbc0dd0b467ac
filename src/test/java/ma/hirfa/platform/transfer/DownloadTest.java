package ma.hirfa.platform.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ma.hirfa.support.XlsxSheets;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

class DownloadTest {

    private static final List<String> HEADERS = List.of("Métier", "Contrats", "Montant");
    private static final List<List<Object>> ROWS = List.of(
            List.of("Poterie", 12L, new BigDecimal("920.50")), List.of("=cmd|' /C calc'!A0", 3, BigDecimal.ZERO));

    @Test
    void anXlsxReportWritesCountsAsNumbersThatASpreadsheetCanSum() throws IOException {
        ResponseEntity<byte[]> answer = Download.table("report", ExportFormat.XLSX, HEADERS, ROWS);

        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(answer.getBody()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(12);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(920.5);
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
        }
        assertThat(XlsxSheets.read(answer.getBody()).get(0)).containsExactly("Métier", "Contrats", "Montant");
    }

    @Test
    void theDownloadNamesItsFileAndItsType() {
        ResponseEntity<byte[]> xlsx = Download.table("apprenticeships", ExportFormat.XLSX, HEADERS, ROWS);
        ResponseEntity<byte[]> csv = Download.table("apprenticeships", ExportFormat.CSV, HEADERS, ROWS);

        assertThat(xlsx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"apprenticeships.xlsx\"");
        assertThat(xlsx.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    }

    @Test
    void aCsvReportStartsWithAByteOrderMarkWritesPlainNumbersAndNeutralisesFormulas() {
        String csv =
                new String(Download.table("r", ExportFormat.CSV, HEADERS, ROWS).getBody(), StandardCharsets.UTF_8);

        assertThat(csv)
                .startsWith("\uFEFFMétier,Contrats,Montant")
                .contains("Poterie,12,920.50")
                .contains("'=cmd|' /C calc'!A0")
                .contains(",3,0");
    }
}
