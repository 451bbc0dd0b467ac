package ma.hirfa.platform.transfer;

import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.HirfaApplication;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Role;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import benchmark on PostgreSQL (docs/benchmarks.md, "Import"): in one run, the real import of a file (upload
 * into the database, dry run, commit: validation, normalisation, duplicate checks, COPY into the indexed
 * register, timeline, identity index, audit), then the baseline: a bare {@code COPY} of exactly the rows the
 * commit wrote into empty copies of the same tables with the same indexes ({@link WrittenRowsBaseline}). The
 * old baseline, a plain {@code COPY} of the file into a table without index, is kept for comparison. Each runs
 * in a fresh schema. Prints rows/s (rows of the file), the ratios and the heap peak.
 *
 * <p>Arguments: {@code --file F.csv [--url jdbc:postgresql://...] [--user U] [--password P] [--batch N]}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        Path file = Path.of(a.get("--file"));
        String url = a.getOrDefault("--url", "jdbc:postgresql://127.0.0.1:5432/hirfa_bench");
        String user = a.getOrDefault("--user", "hirfa");
        String password = a.getOrDefault("--password", "hirfa");
        String batch = a.getOrDefault("--batch", "10000");
        String schema = "bench_import_" + System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
            s.execute("create schema " + schema + "_copy");
            s.execute("create schema " + schema + "_written");
        }
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        long lines = countLines(file) - 1;
        System.out.println("start " + java.time.Instant.now() + ", " + load());
        System.out.printf(Locale.ROOT, "file %s: %d rows, %.1f MB%n", file, lines, Files.size(file) / 1e6);

        double copySeconds = baseline(schemaUrl + "_copy", user, password, file);
        System.out.printf(
                Locale.ROOT,
                "baseline COPY into a plain table: %.2f s, %.0f rows/s%n",
                copySeconds,
                lines / copySeconds);

        // Command-line arguments, so that they win over application.properties.
        ConfigurableApplicationContext app = new SpringApplicationBuilder(HirfaApplication.class)
                .run(
                        "--spring.datasource.url=" + schemaUrl,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--hirfa.demo=false",
                        "--hirfa.transfer.worker.enabled=false",
                        // the duplicate scan the commit queues is another benchmark ("Matching")
                        "--hirfa.jobs.enabled=false",
                        "--hirfa.transfer.batch-size=" + batch,
                        "--hirfa.transfer.artisans.batch-size=" + batch,
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        // test classes are on the classpath: keep their fresh-database switch off
                        "--hirfa.test.shared-datasource=true");
        String database = app.getBean(JdbcTemplate.class)
                .execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if (!"PostgreSQL".equals(database)) {
            throw new IllegalStateException("the benchmark must run on PostgreSQL, not " + database);
        }
        try {
            importFile(app, file, lines, copySeconds, schemaUrl, user, password, schema);
        } finally {
            app.close();
        }
    }

    private static double baseline(String url, String user, String password, Path file) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (Statement s = c.createStatement()) {
                s.execute("create table bench_copy (id text, national_id text, first_name_ar text, last_name_ar"
                        + " text, first_name_lat text, last_name_lat text, birth_date text, province_code text,"
                        + " craft_code text, phone text, registration_date text)");
            }
            long start = System.nanoTime();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy bench_copy from stdin with (format csv, header true)", in);
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static void importFile(
            ConfigurableApplicationContext app,
            Path file,
            long lines,
            double copySeconds,
            String schemaUrl,
            String user,
            String password,
            String schema)
            throws Exception {
        ImportJobs jobs = app.getBean(ImportJobs.class);
        ImportJobStore store = app.getBean(ImportJobStore.class);
        ImportRunner runner = app.getBean(ImportRunner.class);
        CurrentUsers users = app.getBean(CurrentUsers.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        // The generator's activity codes (C001...) are not the nomenclature's: this source maps no craft column.
        store.saveMapping("artisans", "generator", "craft_code=(not in this source)\n");
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        LiveHeap live = LiveHeap.watch();

        users.actAs("benchmark", Role.ADMIN, null);
        long t0 = System.nanoTime();
        long job;
        try (InputStream in = Files.newInputStream(file)) {
            job = jobs.upload("artisans", "generator", file.getFileName().toString(), in)
                    .jobId();
        } finally {
            users.clear();
        }
        long t1 = System.nanoTime();
        System.out.println("uploaded, " + load());
        runner.run(store.claim("bench", Duration.ofMinutes(30)).orElseThrow(), "bench", Integer.MAX_VALUE);
        long t2 = System.nanoTime();
        System.out.println("dry run done, " + load());
        ImportJob validated = store.find(job).orElseThrow();
        store.requestCommit(job);
        runner.run(store.claim("bench", Duration.ofMinutes(30)).orElseThrow(), "bench", Integer.MAX_VALUE);
        long t3 = System.nanoTime();
        System.out.println("commit done, " + load());
        long livePeak = live.peak();
        ImportJob done = store.find(job).orElseThrow();
        long inRegister = jdbc.queryForObject("select count(*) from reg_artisan", Long.class);

        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        double upload = (t1 - t0) / 1e9;
        double dryRun = (t2 - t1) / 1e9;
        double commit = (t3 - t2) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "dry run: %d new, %d duplicate of existing, %d invalid%n",
                validated.newRows(),
                validated.duplicateRows(),
                validated.invalidRows());
        System.out.printf(
                Locale.ROOT, "status %s, written %d, in register %d%n", done.status(), done.writtenRows(), inRegister);

        WrittenRowsBaseline.Result written =
                WrittenRowsBaseline.run(schemaUrl, user, password, schema, schema + "_written", job);
        double baseRate = lines / written.seconds();
        System.out.printf(Locale.ROOT, "rows the commit wrote: %s%n", WrittenRowsBaseline.describe(written));
        System.out.printf(
                Locale.ROOT,
                "baseline COPY of exactly these rows into empty copies of the tables (same indexes): %.2f s,"
                        + " %.0f file rows/s (%.0f written rows/s)%n",
                written.seconds(),
                baseRate,
                written.total() / written.seconds());
        System.out.printf(
                Locale.ROOT,
                "old baseline, COPY of the file into a plain table: %.2f s, %.0f rows/s%n",
                copySeconds,
                lines / copySeconds);
        System.out.printf(Locale.ROOT, "upload into the database: %.2f s%n", upload);
        System.out.printf(
                Locale.ROOT,
                "dry run: %.2f s, %.0f rows/s, ratio to baseline %.3f%n",
                dryRun,
                lines / dryRun,
                lines / dryRun / baseRate);
        System.out.printf(
                Locale.ROOT,
                "commit: %.2f s, %.0f rows/s, ratio to baseline %.3f (goal 0.8), to the old baseline %.3f%n",
                commit,
                lines / commit,
                lines / commit / baseRate,
                copySeconds / commit);
        double both = dryRun + commit;
        System.out.printf(
                Locale.ROOT,
                "whole import (dry run + commit): %.2f s, %.0f rows/s, ratio to baseline %.3f (goal 0.5)%n",
                both,
                lines / both,
                lines / both / baseRate);
        double total = upload + both;
        System.out.printf(
                Locale.ROOT,
                "with the upload: %.2f s, %.0f rows/s, ratio to baseline %.3f%n",
                total,
                lines / total,
                lines / total / baseRate);
        System.out.println("end " + java.time.Instant.now() + ", " + load());
        System.out.printf(
                Locale.ROOT,
                "heap peak %.0f MB (sum of pool peaks), max heap %.0f MB%n",
                heapPeak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf(Locale.ROOT, "live heap peak %.0f MB (heap used after a collection)%n", livePeak / 1e6);
    }

    /** The load average (1, 5, 15 min) from /proc: figures on a shared machine are read next to it. */
    private static String load() {
        try {
            String[] avg = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + avg[0] + " " + avg[1] + " " + avg[2];
        } catch (java.io.IOException e) {
            return "load average unknown";
        }
    }

    private static long countLines(Path file) throws Exception {
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long count = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        count++;
                    }
                }
            }
            return count;
        }
    }
}
