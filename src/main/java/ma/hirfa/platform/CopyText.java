package ma.hirfa.platform;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows in the text format of PostgreSQL's {@code COPY FROM STDIN}, sent on the transaction's connection: the
 * bulk writes of imports (register files, their events, the identity index) share this one encoding. Rows may
 * be {@link #encode encoded} ahead, on another thread, and sent later: the import does so while the previous
 * batch is written (ADR 0052).
 */
public final class CopyText {

    /** Characters per encoded chunk: chunks stay far below a heap region, so none is a humongous object. */
    private static final int CHUNK = 1 << 15;

    private CopyText() {}

    /** Rows already encoded as UTF-8, in chunks, ready to be sent by {@link #copyIn(JdbcTemplate, String, Encoded)}. */
    public static final class Encoded {

        private final List<byte[]> chunks;

        private Encoded(List<byte[]> chunks) {
            this.chunks = chunks;
        }

        public boolean isEmpty() {
            return chunks.isEmpty();
        }

        List<byte[]> chunks() {
            return chunks;
        }
    }

    /** Encodes rows built with {@link #field} (each ending with a line break), cut at line breaks. */
    public static Encoded encode(CharSequence rows) {
        List<byte[]> chunks = new ArrayList<>();
        int from = 0;
        int length = rows.length();
        while (from < length) {
            int to = Math.min(length, from + CHUNK);
            int cut = to;
            while (cut < length && cut > from && rows.charAt(cut - 1) != '\n') {
                cut--;
            }
            if (cut > from) {
                to = cut;
            } else if (to < length && Character.isHighSurrogate(rows.charAt(to - 1))) {
                to--; // a line longer than a chunk: never split a character
            }
            chunks.add(utf8(rows, from, to));
            from = to;
        }
        return new Encoded(chunks);
    }

    /** As {@code getBytes(UTF_8)} of the characters from..to, without copying them into a string first. */
    private static byte[] utf8(CharSequence text, int from, int to) {
        int length = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (pairAt(text, i, to)) {
                length += 4;
                i++;
            } else {
                length += Character.isSurrogate(c) ? 1 : 3;
            }
        }
        byte[] out = new byte[length];
        int at = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (pairAt(text, i, to)) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xF0 | code >> 18);
                out[at++] = (byte) (0x80 | code >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | code >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | code & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[at++] = '?'; // a lone surrogate, replaced as getBytes does
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return out;
    }

    private static boolean pairAt(CharSequence text, int i, int to) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** Sends encoded rows on the connection bound to the current transaction; returns the rows written. */
    public static long copyIn(JdbcTemplate jdbc, String sql, Encoded rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        DataSource dataSource = jdbc.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                for (byte[] chunk : rows.chunks) {
                    copy.writeToCopy(chunk, 0, chunk.length);
                }
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + sql, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One field followed by a tab: backslash, tab and line breaks escaped, {@code \N} for null. */
    public static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
        } else if (plain(value)) {
            out.append(value);
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
        out.append('\t');
    }

    /** One field without its trailing tab, for text written around it. */
    public static String escaped(String value) {
        StringBuilder out = new StringBuilder();
        field(out, value);
        return out.substring(0, out.length() - 1);
    }

    /** True when the text holds nothing COPY's text format must escape (almost always: names, codes, dates). */
    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** Sends the rows on the connection bound to the current transaction (so they commit or roll back with it). */
    public static void copyIn(JdbcTemplate jdbc, String sql, CharSequence rows) {
        if (rows.isEmpty()) {
            return;
        }
        DataSource dataSource = jdbc.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY failed: " + sql, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
