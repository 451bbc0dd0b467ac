package ma.hirfa.platform.transfer;

import java.util.Locale;
import java.util.Optional;

/** Formats of a table export. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ExportFormat> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ExportFormat f : values()) {
            if (f.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
