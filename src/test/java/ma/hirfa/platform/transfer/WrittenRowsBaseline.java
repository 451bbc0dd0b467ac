package ma.hirfa.platform.transfer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The import benchmark's baseline (issue 15): a bare {@code COPY} of exactly the rows an import job wrote —
 * its files, their timeline events, their identity index rows and tokens, its audit records — into empty
 * copies of the same tables with the same indexes, primary keys and foreign keys, in a schema of their own.
 * The rows are first copied out of the import's tables into temporary files; only the {@code COPY} in (one
 * transaction, commit included) is timed.
 */
final class WrittenRowsBaseline {

    /** What the baseline wrote: rows per table and the time of the COPY in. */
    record Result(Map<String, Long> rows, double seconds) {

        long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private WrittenRowsBaseline() {}

    /**
     * @param url the application schema's JDBC URL ({@code currentSchema=} set)
     * @param schema the application schema, {@code target} the empty schema for the copies
     */
    static Result run(String url, String user, String password, String schema, String target, long job)
            throws Exception {
        String ids = "select id from " + schema + ".reg_artisan where import_job_id = " + job;
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("reg_artisan", "select * from " + schema + ".reg_artisan where import_job_id = " + job);
        rows.put(
                "reg_artisan_event",
                "select * from " + schema + ".reg_artisan_event where artisan_id in (" + ids + ")");
        rows.put("mat_identity", "select * from " + schema + ".mat_identity where artisan_id in (" + ids + ")");
        rows.put("mat_token", "select * from " + schema + ".mat_token where artisan_id in (" + ids + ")");
        rows.put(
                "plat_audit_record",
                "select * from " + schema + ".plat_audit_record where entity_type = 'ArtisanImportBatch'"
                        + " and entity_id like '" + job + "/%'");
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            List<String> foreignKeys = new ArrayList<>();
            for (String table : rows.keySet()) {
                try (ResultSet rs = s.executeQuery("select conname, pg_get_constraintdef(oid) from pg_constraint"
                        + " where contype = 'f' and conrelid = '" + schema + "." + table + "'::regclass")) {
                    while (rs.next()) {
                        foreignKeys.add("alter table " + target + "." + table + " add constraint " + rs.getString(1)
                                + " " + rs.getString(2));
                    }
                }
            }
            // referenced tables among the copies resolve to the copies, the others (accounts...) to the app's
            s.execute("set search_path to " + target + ", " + schema);
            for (String table : rows.keySet()) {
                s.execute(
                        "create table " + target + "." + table + " (like " + schema + "." + table + " including all)");
            }
            for (String fk : foreignKeys) {
                s.execute(fk);
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Path> files = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : rows.entrySet()) {
                Path file = Files.createTempFile("baseline-" + e.getKey(), ".copy");
                file.toFile().deleteOnExit();
                try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    copy.copyOut("copy (" + e.getValue() + ") to stdout", out);
                }
                files.put(e.getKey(), file);
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            c.setAutoCommit(false);
            long start = System.nanoTime();
            for (Map.Entry<String, Path> e : files.entrySet()) {
                try (BufferedReader in = Files.newBufferedReader(e.getValue(), StandardCharsets.UTF_8)) {
                    counts.put(e.getKey(), copy.copyIn("copy " + target + "." + e.getKey() + " from stdin", in));
                }
            }
            c.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            for (Path file : files.values()) {
                Files.deleteIfExists(file);
            }
            return new Result(counts, seconds);
        }
    }

    static String describe(Result r) {
        StringBuilder text = new StringBuilder();
        r.rows().forEach((table, n) -> text.append(String.format(Locale.ROOT, "%s %d, ", table, n)));
        return text.append(String.format(Locale.ROOT, "total %d rows", r.total()))
                .toString();
    }
}
