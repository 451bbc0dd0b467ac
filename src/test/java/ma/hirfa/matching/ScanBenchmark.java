package ma.hirfa.matching;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import ma.hirfa.HirfaApplication;
import ma.hirfa.matching.generator.ArtisanGenerator;
import ma.hirfa.matching.index.IdentityTable;
import ma.hirfa.platform.CopyText;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The duplicate scan of the whole register at national volume (issue 15): fills the identity index of its own
 * schema {@code bench_scan} (database {@code hirfa_bench_scan}) with N generated artisans by {@code COPY}
 * (kept between runs of the same N), then queues a national scan and lets the node's job worker run it, as in
 * production. Prints wall time, process CPU time, pairs, and the heap peak (sum of the heap pools' peaks).
 * Mode {@code memory} instead runs the old in-memory path (every identity in a list, {@link BatchMatcher#pairs})
 * as the baseline.
 *
 * <p>Arguments: {@code ROWS [stream|memory]}; system properties {@code bench.url}, {@code bench.user},
 * {@code bench.password}, {@code bench.schema} (default {@code bench_scan}: a run of another size refills it, so
 * a second size may keep its own schema). The node does not run the one-off re-indexing of the search keys
 * ({@code KeysUpgrade}): the rows are filled without search tokens, which the scan does not read.
 */
public final class ScanBenchmark {

    private static final String SCHEMA = System.getProperty("bench.schema", "bench_scan");

    private ScanBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        String mode = args.length > 1 ? args[1] : "stream";
        String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/hirfa_bench_scan");
        String jdbcUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + ",public";
        try (var c = java.sql.DriverManager.getConnection(
                        jdbcUrl,
                        System.getProperty("bench.user", "hirfa"),
                        System.getProperty("bench.password", "hirfa"));
                var s = c.createStatement()) {
            s.execute("create schema if not exists " + SCHEMA);
        }
        ConfigurableApplicationContext app = new SpringApplication(HirfaApplication.class)
                .run(
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + System.getProperty("bench.user", "hirfa"),
                        "--spring.datasource.password=" + System.getProperty("bench.password", "hirfa"),
                        "--spring.flyway.schemas=" + SCHEMA,
                        "--spring.flyway.default-schema=" + SCHEMA,
                        "--server.port=0",
                        "--hirfa.demo=false",
                        "--hirfa.data-dir=target/bench-data",
                        "--logging.level.root=WARN",
                        "--logging.level.ma.hirfa.matching.scan=INFO",
                        "--hirfa.matching.keys-upgrade-delay=P1D",
                        "--spring.main.banner-mode=off",
                        "--hirfa.test.shared-datasource=true");
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            fill(jdbc, rows);
            jdbc.execute("truncate table mat_pair");
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            AtomicLong livePeak = watchLiveHeap();
            System.out.printf(Locale.ROOT, "load average before: %s%n", load());
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            long pairs = "memory".equals(mode) ? inMemory(jdbc) : stream(app, jdbc);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpu() - cpu0) / 1e9;
            long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed())
                    .sum();
            System.out.printf(
                    Locale.ROOT,
                    "%s scan of %d artisans: wall %.1f s, process CPU %.1f s, %d pairs, heap peak %.0f MB (sum of"
                            + " pool peaks), live heap peak %.0f MB (used after a collection), max heap %.0f MB, load"
                            + " average after: %s%n",
                    mode,
                    rows,
                    wall,
                    cpu,
                    pairs,
                    heapPeak / 1e6,
                    livePeak.get() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6,
                    load());
        } finally {
            app.close();
        }
    }

    private static long stream(ConfigurableApplicationContext app, JdbcTemplate jdbc) throws InterruptedException {
        DuplicateScans scans = app.getBean(DuplicateScans.class);
        long id = scans.start(null, "benchmark");
        long lastPrint = 0;
        while (true) {
            DuplicateScan scan = scans.latest(null).orElseThrow();
            if (!scan.active()) {
                if (!"DONE".equals(scan.state())) {
                    throw new IllegalStateException("scan " + id + " ended " + scan.state() + ": "
                            + jdbc.queryForObject(
                                    "select failure from plat_job where queue = 'matching.scan' and ref_id = ?",
                                    String.class,
                                    id));
                }
                System.out.printf(
                        Locale.ROOT,
                        "scan %d done: %d records, %d pairs found, %d new%n",
                        id,
                        scan.totalRecords(),
                        scan.pairsFound(),
                        scan.pairsNew());
                return scan.pairsFound();
            }
            if (System.nanoTime() - lastPrint > 30e9) {
                lastPrint = System.nanoTime();
                System.out.printf(
                        Locale.ROOT,
                        "  %s %s %d/%d, %d %% (load %s)%n",
                        scan.state(),
                        scan.phase(),
                        scan.doneRecords(),
                        scan.totalRecords(),
                        scan.percent(),
                        load());
            }
            Thread.sleep(500);
        }
    }

    /** The scan as it was before ADR 0051: every identity in one list, then the in-memory batch. */
    private static long inMemory(JdbcTemplate jdbc) {
        List<IdentityRecord> records = new ArrayList<>();
        new IdentityTable(jdbc).forEach(null, i -> records.add(i.identity()));
        return BatchMatcher.pairs(records, Runtime.getRuntime().availableProcessors())
                .size();
    }

    private static void fill(JdbcTemplate jdbc, int rows) {
        Long indexed = jdbc.queryForObject("select count(*) from mat_identity", Long.class);
        if (indexed != null && indexed == rows) {
            System.out.printf(Locale.ROOT, "index already holds %d artisans%n", rows);
            return;
        }
        jdbc.execute("truncate table mat_token");
        jdbc.execute("truncate table mat_identity");
        Map<String, String> regionOf = new HashMap<>();
        jdbc.query("select code, region_code from ref_province", rs -> {
            regionOf.put(rs.getString(1), rs.getString(2));
        });
        long start = System.nanoTime();
        StringBuilder text = new StringBuilder(8 << 20);
        int[] inText = {0};
        String copy = "copy mat_identity (artisan_id, region_code, province_code, registration_number, national_id,"
                + " first_name_ar, last_name_ar, first_name_lat, last_name_lat, birth_date, phone, updated_at)"
                + " from stdin";
        new ArtisanGenerator(42, ArtisanGenerator.Profile.STANDARD).generate(rows, row -> {
            String region = regionOf.getOrDefault(row.provinceCode(), "08");
            text.append(row.id()).append('\t');
            CopyText.field(text, region);
            CopyText.field(text, row.provinceCode());
            CopyText.field(text, region + "-" + row.provinceCode() + "-" + row.id());
            CopyText.field(text, row.nationalId());
            CopyText.field(text, row.firstNameAr());
            CopyText.field(text, row.lastNameAr());
            CopyText.field(text, row.firstNameLat());
            CopyText.field(text, row.lastNameLat());
            CopyText.field(
                    text, row.birthDate() == null ? null : row.birthDate().toString());
            CopyText.field(text, row.phone());
            text.append("2026-01-01T00:00:00Z\n");
            if (++inText[0] == 50_000) {
                CopyText.copyIn(jdbc, copy, text);
                text.setLength(0);
                inText[0] = 0;
            }
        });
        CopyText.copyIn(jdbc, copy, text);
        jdbc.execute("analyze mat_identity");
        System.out.printf(
                Locale.ROOT, "index filled by COPY: %d artisans in %.0f s%n", rows, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The largest heap in use just after a collection (heap pools only). After a young collection the old
     * generation's garbage is still counted: an upper bound of what the scan keeps alive.
     */
    private static AtomicLong watchLiveHeap() {
        AtomicLong peak = new AtomicLong();
        java.util.Set<String> heap = new java.util.HashSet<>();
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(p -> heap.add(p.getName()));
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                        notification.getType())) {
                                    long used = GarbageCollectionNotificationInfo.from(
                                                    (CompositeData) notification.getUserData())
                                            .getGcInfo()
                                            .getMemoryUsageAfterGc()
                                            .entrySet()
                                            .stream()
                                            .filter(e -> heap.contains(e.getKey()))
                                            .mapToLong(e -> e.getValue().getUsed())
                                            .sum();
                                    peak.accumulateAndGet(used, Math::max);
                                }
                            },
                            null,
                            null);
        }
        return peak;
    }

    private static long cpu() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
