package ma.hirfa.matching;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ma.hirfa.HirfaApplication;
import ma.hirfa.matching.generator.ArtisanGenerator;
import ma.hirfa.matching.generator.GeneratedRow;
import ma.hirfa.platform.account.ApiTokens;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search over 1,000,000 artisans on PostgreSQL, measured against a bare pg_trgm similarity query on the full
 * name in the same run. Not a test: run it as described in docs/benchmarks.md, section "Search".
 *
 * <p>It starts Hirfa on the {@code hirfa_bench} database, in its own schema {@code bench_search} (Flyway
 * creates it), fills the identity index and the register with generated artisans (once; later runs reuse
 * them), then times the real API {@code GET /api/v1/registry/artisans/search} over HTTP with a signed-in
 * session, the search service alone with and without a region, and the pg_trgm baseline.
 *
 * <pre>
 * ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ma.hirfa.matching.SearchBenchmark -Dexec.args="1000000 1000"
 * </pre>
 */
public final class SearchBenchmark {

    private static final String SCHEMA = "bench_search";
    private static final String USER = "bench.admin";
    private static final String PASSWORD = "bench-password-2026";
    private static final String[] KINDS = {"latin", "arabic", "swapped", "typo", "nationalId"};

    private SearchBenchmark() {}

    record Probe(long id, String kind, String text, String region) {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int baselineQueries = args.length > 2 ? Integer.parseInt(args[2]) : Math.min(queries, 300);
        String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/hirfa_bench");
        String jdbcUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + ",public"
                + "&reWriteBatchedInserts=true";
        ensureSchema(jdbcUrl);
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
                        "--hirfa.admin.username=" + USER,
                        "--hirfa.admin.password=" + PASSWORD,
                        "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off",
                        "--hirfa.test.shared-datasource=true");
        try {
            run(app, rows, queries, baselineQueries);
        } finally {
            app.close();
        }
    }

    private static void ensureSchema(String jdbcUrl) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(
                        jdbcUrl,
                        System.getProperty("bench.user", "hirfa"),
                        System.getProperty("bench.password", "hirfa"));
                var s = c.createStatement()) {
            s.execute("create schema if not exists " + SCHEMA);
        }
    }

    private static void run(ConfigurableApplicationContext app, int rows, int queries, int baselineQueries) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        IdentityIndex index = app.getBean(IdentityIndex.class);
        IdentitySearch search = app.getBean(IdentitySearch.class);
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        Map<String, String> regionOf = new HashMap<>();
        jdbc.query("select code, region_code from ref_province", rs -> {
            regionOf.put(rs.getString(1), rs.getString(2));
        });
        int every = Math.max(1, rows / queries);
        List<GeneratedRow> sample = new ArrayList<>();
        Long indexed = jdbc.queryForObject("select count(*) from mat_identity", Long.class);
        boolean fill = indexed == null || indexed != rows;
        if (fill) {
            jdbc.execute("truncate table mat_token");
            jdbc.execute("truncate table mat_identity");
            jdbc.execute("drop table if exists bench_trgm");
        }
        long fillStart = System.nanoTime();
        List<IndexedIdentity> batch = new ArrayList<>();
        new ArtisanGenerator(42, ArtisanGenerator.Profile.STANDARD).generate(rows, row -> {
            if (row.id() % every == 0 && sample.size() < queries) {
                sample.add(row);
            }
            if (fill) {
                batch.add(new IndexedIdentity(
                        row.id(),
                        regionOf.getOrDefault(row.provinceCode(), "08"),
                        number(row, regionOf),
                        identity(row)));
                if (batch.size() == 5000) {
                    index.putAll(batch);
                    batch.clear();
                }
            }
        });
        if (fill) {
            index.putAll(batch);
            double seconds = (System.nanoTime() - fillStart) / 1e9;
            System.out.printf(
                    Locale.ROOT, "index filled: %d artisans in %.0f s (%.0f rows/s)%n", rows, seconds, rows / seconds);
            fillRegister(jdbc);
        }
        baseline(jdbc);
        jdbc.execute("analyze mat_identity");
        jdbc.execute("analyze mat_token");
        Long tokens = jdbc.queryForObject("select count(*) from mat_token", Long.class);
        System.out.printf(Locale.ROOT, "index: %d artisans, %d token rows%n", rows, tokens);

        List<Probe> probes = probes(sample, regionOf);
        WebSession session = new WebSession(port);
        Long userId = jdbc.queryForObject("select id from plat_user where username = ?", Long.class, USER);
        // a personal API token, as an API client would use (Basic would hash the password on every request)
        String token = "Bearer " + app.getBean(ApiTokens.class).issue(userId, "search benchmark");
        // warm-up: JIT, connection pool, PostgreSQL buffers
        for (int i = 0; i < Math.min(200, probes.size()); i++) {
            api(session, token, probes.get(i));
        }
        report("API GET /api/v1/registry/artisans/search (HTTP, national user)", probes, p -> {
            WebResponse r = api(session, token, p);
            if (r.status() != 200) {
                throw new IllegalStateException("API answered " + r.status() + ": " + r.body());
            }
            return topTen(r.body()).contains(p.id());
        });
        report(
                "IdentitySearch.search, whole country",
                probes,
                p -> search.search(p.text(), null, 20).stream().limit(10).anyMatch(h -> h.artisanId() == p.id()));
        report(
                "IdentitySearch.search, the artisan's region",
                probes,
                p -> search.search(p.text(), Set.of(p.region()), 20).stream()
                        .limit(10)
                        .anyMatch(h -> h.artisanId() == p.id()));
        List<Probe> names = probes.stream()
                .filter(p -> !p.kind().equals("nationalId"))
                .limit(baselineQueries)
                .toList();
        report(
                "baseline: pg_trgm similarity on the full name (GIN index)",
                names,
                p -> jdbc
                        .queryForList(
                                "select artisan_id from bench_trgm where full_name % ? order by similarity(full_name, ?) desc limit 20",
                                Long.class,
                                p.text().toLowerCase(Locale.ROOT),
                                p.text().toLowerCase(Locale.ROOT))
                        .stream()
                        .limit(10)
                        .anyMatch(id -> id == p.id()));
    }

    private static WebResponse api(WebSession session, String token, Probe p) {
        return session.get(
                "/api/v1/registry/artisans/search?limit=20&q=" + URLEncoder.encode(p.text(), StandardCharsets.UTF_8),
                "Authorization",
                token);
    }

    private static List<Long> topTen(String json) {
        List<Long> ids = new ArrayList<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\{\"id\":(\\d+),").matcher(json);
        while (m.find() && ids.size() < 10) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    interface Timed {
        boolean hit(Probe p);
    }

    private static void report(String what, List<Probe> probes, Timed timed) {
        Map<String, List<Double>> byKind = new HashMap<>();
        Map<String, int[]> hits = new HashMap<>();
        List<Double> all = new ArrayList<>();
        for (Probe p : probes) {
            long start = System.nanoTime();
            boolean hit = timed.hit(p);
            double ms = (System.nanoTime() - start) / 1e6;
            all.add(ms);
            byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(ms);
            int[] h = hits.computeIfAbsent(p.kind(), k -> new int[2]);
            h[0] += hit ? 1 : 0;
            h[1]++;
        }
        System.out.printf(
                Locale.ROOT,
                "%n%s: %d queries, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                what,
                all.size(),
                pct(all, 50),
                pct(all, 95),
                pct(all, 99),
                pct(all, 100));
        for (String kind : KINDS) {
            if (byKind.containsKey(kind)) {
                int[] h = hits.get(kind);
                System.out.printf(
                        Locale.ROOT,
                        "  %-10s n=%4d p50 %6.1f ms p95 %6.1f ms  found in top 10: %5.1f %%%n",
                        kind,
                        h[1],
                        pct(byKind.get(kind), 50),
                        pct(byKind.get(kind), 95),
                        100.0 * h[0] / h[1]);
            }
        }
    }

    private static double pct(List<Double> values, int p) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static List<Probe> probes(List<GeneratedRow> sample, Map<String, String> regionOf) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            GeneratedRow r = sample.get(i);
            String kind = KINDS[i % KINDS.length];
            String lat = join(r.firstNameLat(), r.lastNameLat());
            String ar = join(r.firstNameAr(), r.lastNameAr());
            String text = switch (kind) {
                case "latin" -> lat.isEmpty() ? ar : lat;
                case "arabic" -> ar.isEmpty() ? lat : ar;
                case "swapped" ->
                    lat.isEmpty() ? join(r.lastNameAr(), r.firstNameAr()) : join(r.lastNameLat(), r.firstNameLat());
                case "typo" -> lat.isEmpty() ? ar : join(r.firstNameLat(), typo(r.lastNameLat()));
                default -> r.nationalId() == null ? lat : r.nationalId();
            };
            out.add(new Probe(r.id(), kind, text, regionOf.getOrDefault(r.provinceCode(), "08")));
        }
        return out;
    }

    /** One letter left out in the middle of the name, as a hurried agent would type it. */
    private static String typo(String name) {
        if (name == null || name.length() < 5) {
            return name;
        }
        int at = name.length() / 2;
        return name.substring(0, at) + name.substring(at + 1);
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }

    private static IdentityRecord identity(GeneratedRow row) {
        return new IdentityRecord(
                Long.toString(row.id()),
                row.nationalId(),
                row.firstNameAr(),
                row.lastNameAr(),
                row.firstNameLat(),
                row.lastNameLat(),
                row.birthDate(),
                row.provinceCode(),
                row.phone());
    }

    private static String number(GeneratedRow row, Map<String, String> regionOf) {
        return String.format(
                Locale.ROOT,
                "%s-%s-%d-%06d",
                regionOf.getOrDefault(row.provinceCode(), "08"),
                row.provinceCode(),
                row.registrationDate() == null ? 2024 : row.registrationDate().getYear(),
                row.id());
    }

    /** The register's own rows for the indexed artisans, so the API reads real files (one query of 20 ids). */
    private static void fillRegister(JdbcTemplate jdbc) {
        jdbc.execute("delete from reg_artisan");
        jdbc.execute("insert into reg_artisan (id, national_id, first_name_ar, last_name_ar, first_name_lat,"
                + " last_name_lat, sex, birth_date, phone, region_code, province_code, status, created_at,"
                + " updated_at, version, category, qualification_basis, registration_number)"
                + " select artisan_id, national_id, first_name_ar, last_name_ar, first_name_lat, last_name_lat, 'M',"
                + " birth_date, left(phone, 16), region_code, province_code, 'REGISTERED', now(), now(), 0, 'ARTISAN',"
                + " 'EXPERIENCE', registration_number from mat_identity");
        jdbc.execute("analyze reg_artisan");
    }

    /** The baseline's table: one full name per artisan (both scripts), with a trigram GIN index. */
    private static void baseline(JdbcTemplate jdbc) {
        Boolean exists = jdbc.queryForObject(
                "select count(*) > 0 from pg_indexes where schemaname = ? and indexname = 'bench_trgm_idx'",
                Boolean.class,
                SCHEMA);
        if (Boolean.TRUE.equals(exists)) {
            return;
        }
        long start = System.nanoTime();
        jdbc.execute("drop table if exists bench_trgm");
        jdbc.execute("create table bench_trgm as select artisan_id, lower(concat_ws(' ', first_name_lat, last_name_lat,"
                + " first_name_ar, last_name_ar)) as full_name from mat_identity");
        jdbc.execute("create index bench_trgm_idx on bench_trgm using gin (full_name gin_trgm_ops)");
        jdbc.execute("analyze bench_trgm");
        System.out.printf(
                Locale.ROOT, "baseline table and trigram index built in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }
}
