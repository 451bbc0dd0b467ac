package ma.hirfa.platform.transfer;

import java.util.List;

/** A row as read from the file, before column mapping. */
record RawRow(long number, List<String> cells) {

    boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
