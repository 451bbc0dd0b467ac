package ma.hirfa.platform.transfer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one place that answers a download: file name, content type and {@code Content-Disposition}. Tables go
 * through {@link TabularExport} (CSV with a byte-order mark, XLSX with numeric cells, text neutralised against
 * formulas). A download that reads personal data is audited by the caller before it calls this (the audit
 * names what was read, which only the module knows).
 */
public final class Download {

    private Download() {}

    /** A small table (a report) as {@code <name>.csv} or {@code <name>.xlsx}; cells are text or numbers. */
    public static ResponseEntity<byte[]> table(
            String name, ExportFormat format, List<String> headers, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TabularExport.writeCells(format, headers, rows.stream(), out);
        return attachment(name + "." + format.extension(), mediaType(format), out.toByteArray());
    }

    /** A file to save (PDF, CSV...). */
    public static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] body) {
        return file(ContentDisposition.attachment(), fileName, type, body);
    }

    /** A file the browser may show in place (a PDF to print). */
    public static ResponseEntity<byte[]> inline(String fileName, MediaType type, byte[] body) {
        return file(ContentDisposition.inline(), fileName, type, body);
    }

    /** Sets the headers of a large table streamed into the response by the caller. */
    public static void stream(HttpServletResponse response, String name, ExportFormat format) {
        response.setContentType(format.contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name + "." + format.extension())
                        .build()
                        .toString());
    }

    public static MediaType mediaType(ExportFormat format) {
        return format == ExportFormat.CSV
                ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.parseMediaType(format.contentType());
    }

    private static ResponseEntity<byte[]> file(
            ContentDisposition.Builder disposition, String fileName, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(fileName).build().toString())
                .contentType(type)
                .body(body);
    }
}
