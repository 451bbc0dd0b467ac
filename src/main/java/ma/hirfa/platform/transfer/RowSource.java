package ma.hirfa.platform.transfer;

import java.io.Closeable;
import java.util.List;

/** Streams the rows of an uploaded file, one at a time, whatever its size. */
interface RowSource extends Closeable {

    List<String> headers();

    /** The next row, or null at the end. */
    RawRow next();

    /** Share of the file read so far, 0..1, or -1 when unknown. */
    double progress();

    /** Whether every row must have exactly as many cells as the header (CSV; not XLSX, which omits empties). */
    boolean strictColumns();

    @Override
    void close();
}
