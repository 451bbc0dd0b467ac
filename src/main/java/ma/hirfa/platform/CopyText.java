package ma.hirfa.platform;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows in the text format of PostgreSQL's {@code COPY FROM STDIN}, sent on the transaction's connection: the
 * bulk writes of imports (register files, their events, the identity index) share this one encoding.
 */
public final class CopyText {

    private CopyText() {}

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
