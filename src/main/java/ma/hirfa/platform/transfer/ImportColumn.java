package ma.hirfa.platform.transfer;

/**
 * A column of an import format. {@code id} is the documented header (e.g. {@code national_id}); files from
 * other sources may name it differently, through the column mapping saved for that source.
 */
public record ImportColumn(String id, boolean required) {

    public static ImportColumn required(String id) {
        return new ImportColumn(id, true);
    }

    public static ImportColumn optional(String id) {
        return new ImportColumn(id, false);
    }

    /** The column's name in the reader's language, in report messages and on the column list. */
    public String labelKey() {
        return "transfer.column." + id;
    }
}
