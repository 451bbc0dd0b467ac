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
 * <p>It starts Hirfa on the {@code hirfa_bench_search} database, in its own schema {@code bench_search} (Flyway
 * creates it), fills the identity index as the import writes it ({@code IdentityIndex.addNew}) and the register
 * with generated artisans (once; later runs reuse them, a larger run extends a smaller one), then times the
 * real API {@code GET /api/v1/registry/artisans/search} over HTTP with a personal API token (a national user,
 * then an agent of the artisan's region), the search service alone with and without a region, and the pg_trgm
 * baseline; for the queries whose exact spelling few artisans hold it prints the rates on their own.
 *
 * <pre>
 * java -Xmx1500m -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     ma.hirfa.matching.SearchBenchmark 1000000 2400 300
 * </pre>
 */
public final class SearchBenchmark {

    private static final String SCHEMA = "bench_search";
    private static final String USER = "bench.admin";
    private static final String PASSWORD = "bench-password-2026";
    private static final String[] KINDS = {
        "latin", "arabic", "swapped", "typo", "nationalId", "latin+year", "arabic+province", "latin+prov+year"
    };

    /** Kinds whose text carries a year or a place: the register's box reads them, the service alone does not. */
    private static final Set<String> NARROWED = Set.of("latin+year", "arabic+province", "latin+prov+year");

    /** The issue's category: the exact spelling typed is held by at most this many artisans in the scope. */
    private static final int FEW = 10;

    /** The Latin name kinds, pooled as "overall Latin" against the baseline on the same queries. */
    private static final List<String> LATIN = List.of("latin", "swapped", "typo");

    /** Which timings to take ({@code -Dbench.parts=api,region,service,baseline}; all by default). */
    private static final Set<String> PARTS = Set.of(
            System.getProperty("bench.parts", "api,region,service,baseline").split(","));

    private SearchBenchmark() {}

    /**
     * One query: the artisan it is taken from, its kind and text, the artisan's region, and how many artisans
     * hold the exact spelling typed (same words in the same script, case aside) nationally and in that region.
     */
    record Probe(long id, String kind, String text, String region, int sameNational, int sameRegional) {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int baselineQueries = args.length > 2 ? Integer.parseInt(args[2]) : Math.min(queries, 300);
        String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/hirfa_bench_search");
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
        // a smaller register of the same seed is extended (its rows are the first ones of the larger one)
        Long lastId = jdbc.queryForObject("select max(artisan_id) from mat_identity", Long.class);
        long from = fill && indexed != null && indexed > 0 && indexed < rows && indexed.equals(lastId) ? indexed : 0;
        if (fill) {
            if (from == 0) {
                jdbc.execute("truncate table mat_token");
                jdbc.execute("truncate table mat_identity");
            }
            jdbc.execute("drop table if exists bench_trgm");
        }
        long fillStart = System.nanoTime();
        List<IndexedIdentity> batch = new ArrayList<>();
        new ArtisanGenerator(42, ArtisanGenerator.Profile.STANDARD).generate(rows, row -> {
            if (row.id() % every == 0 && sample.size() < queries) {
                sample.add(row);
            }
            if (fill && row.id() > from) {
                batch.add(new IndexedIdentity(
                        row.id(),
                        regionOf.getOrDefault(row.provinceCode(), "08"),
                        number(row, regionOf),
                        identity(row)));
                if (batch.size() == 5000) {
                    addNew(index, batch);
                    batch.clear();
                }
            }
        });
        if (fill) {
            addNew(index, batch);
            double seconds = (System.nanoTime() - fillStart) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "index filled: %d artisans (%d written now) in %.0f s (%.0f rows/s)%n",
                    rows,
                    rows - from,
                    seconds,
                    (rows - from) / seconds);
            fillRegister(jdbc, from);
        }
        baseline(jdbc);
        jdbc.execute("analyze mat_identity");
        jdbc.execute("analyze mat_token");
        Long tokens = jdbc.queryForObject("select count(*) from mat_token", Long.class);
        System.out.printf(Locale.ROOT, "index: %d artisans, %d token rows%n", rows, tokens);
        System.out.println("load average at the start: " + loadAverage());

        List<Probe> probes = probes(sample, regionOf, jdbc, rows);
        WebSession session = new WebSession(port);
        Long userId = jdbc.queryForObject("select id from plat_user where username = ?", Long.class, USER);
        // a personal API token, as an API client would use (Basic would hash the password on every request)
        String token = "Bearer " + app.getBean(ApiTokens.class).issue(userId, "search benchmark");
        // warm-up: JIT, connection pool, PostgreSQL buffers
        for (int i = 0; i < Math.min(200, probes.size()); i++) {
            api(session, token, probes.get(i));
        }
        Map<String, Map<Probe, Boolean>> national = new java.util.LinkedHashMap<>();
        if (PARTS.contains("api")) {
            Map<Probe, Boolean> api =
                    report("API GET /api/v1/registry/artisans/search (HTTP, national user)", probes, p -> {
                        WebResponse r = api(session, token, p);
                        if (r.status() != 200) {
                            throw new IllegalStateException("API answered " + r.status() + ": " + r.body());
                        }
                        return topTen(r.body()).contains(p.id());
                    });
            few("API, national user", api, false);
            national.put("API, national user", api);
        }
        if (PARTS.contains("region")) {
            // a chamber agent of the artisan's region, through the same API (the region scope is the user's)
            Map<String, String> regional = regionalTokens(app, jdbc, probes);
            Map<Probe, Boolean> inRegion = report("API, an agent of the artisan's region", probes, p -> {
                WebResponse r = api(session, regional.get(p.region()), p);
                if (r.status() != 200) {
                    throw new IllegalStateException("API answered " + r.status() + ": " + r.body());
                }
                return topTen(r.body()).contains(p.id());
            });
            few("API, agent of the region", inRegion, true);
        }
        List<Probe> plain =
                probes.stream().filter(p -> !NARROWED.contains(p.kind())).toList();
        if (PARTS.contains("service")) {
            Map<Probe, Boolean> service = report(
                    "IdentitySearch.search, whole country",
                    plain,
                    p -> search.search(p.text(), null, 20).stream().limit(10).anyMatch(h -> h.artisanId() == p.id()));
            few("IdentitySearch.search, whole country", service, false);
            if (Boolean.getBoolean("bench.misses")) {
                misses(jdbc, service);
            }
            national.put("IdentitySearch.search, whole country", service);
            few(
                    "IdentitySearch.search, the artisan's region",
                    report(
                            "IdentitySearch.search, the artisan's region",
                            plain,
                            p -> search.search(p.text(), Set.of(p.region()), 20).stream()
                                    .limit(10)
                                    .anyMatch(h -> h.artisanId() == p.id())),
                    true);
        }
        if (!PARTS.contains("baseline")) {
            return;
        }
        List<Probe> names = new ArrayList<>();
        for (String kind : List.of("latin", "arabic", "swapped", "typo")) {
            probes.stream()
                    .filter(p -> p.kind().equals(kind))
                    .limit(baselineQueries / 4)
                    .forEach(names::add);
        }
        Map<Probe, Boolean> trgm = report(
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
        few("baseline pg_trgm, national", trgm, false);
        national.put("baseline pg_trgm", trgm);
        sameQueries(national, names);
        System.out.println("load average at the end: " + loadAverage());
    }

    /**
     * Found-in-top-10 rates on exactly the baseline's queries, per kind and pooled over the Latin name kinds
     * ("overall Latin": name, swapped, one letter left out), so the search and pg_trgm are compared on the same
     * artisans.
     */
    private static void sameQueries(Map<String, Map<Probe, Boolean>> runs, List<Probe> names) {
        System.out.printf(
                Locale.ROOT, "%non the baseline's %d queries (national scope), found in top 10:%n", names.size());
        for (Map.Entry<String, Map<Probe, Boolean>> run : runs.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-38s", run.getKey()));
            for (String kind : List.of("latin", "arabic", "swapped", "typo")) {
                line.append(
                        String.format(Locale.ROOT, " %s %5.1f %%", kind, rate(run.getValue(), names, List.of(kind))));
            }
            line.append(String.format(Locale.ROOT, " | overall Latin %5.1f %%", rate(run.getValue(), names, LATIN)));
            System.out.println(line);
        }
    }

    private static double rate(Map<Probe, Boolean> hits, List<Probe> names, List<String> kinds) {
        int n = 0;
        int found = 0;
        for (Probe p : names) {
            if (kinds.contains(p.kind()) && hits.containsKey(p)) {
                n++;
                found += hits.get(p) ? 1 : 0;
            }
        }
        return n == 0 ? Double.NaN : 100.0 * found / n;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .strip();
        } catch (java.io.IOException unavailable) {
            return "unknown";
        }
    }

    /** Found-in-top-10 rates for the issue's category: exact spelling held by at most {@link #FEW} in the scope. */
    private static void few(String what, Map<Probe, Boolean> hits, boolean regional) {
        for (String kind : List.of("latin", "arabic")) {
            int n = 0;
            int found = 0;
            List<String> missed = new ArrayList<>();
            for (Map.Entry<Probe, Boolean> e : hits.entrySet()) {
                Probe p = e.getKey();
                int same = regional ? p.sameRegional() : p.sameNational();
                if (p.kind().equals(kind) && same <= FEW) {
                    n++;
                    if (e.getValue()) {
                        found++;
                    } else if (missed.size() < 5) {
                        missed.add(p.text() + " (" + same + ")");
                    }
                }
            }
            if (n > 0) {
                System.out.printf(
                        Locale.ROOT,
                        "  %s, exact spelling held by <= %d %s, %-6s n=%4d found in top 10: %5.1f %% %s%n",
                        what,
                        FEW,
                        regional ? "in the region" : "nationally",
                        kind,
                        n,
                        100.0 * found / n,
                        missed.isEmpty() ? "" : "missed e.g. " + missed);
            }
        }
    }

    /** The queries missed, with the name of the artisan they were taken from (to see what a kind misses). */
    private static void misses(JdbcTemplate jdbc, Map<Probe, Boolean> hits) {
        hits.forEach((p, hit) -> {
            if (!hit) {
                String name = jdbc.queryForObject(
                        "select concat_ws(' / ', first_name_lat, last_name_lat, first_name_ar, last_name_ar) from"
                                + " mat_identity where artisan_id = ?",
                        String.class,
                        p.id());
                System.out.printf(
                        Locale.ROOT,
                        "  missed %-10s %-40s held by %5d  (%s)%n",
                        p.kind(),
                        p.text(),
                        p.sameNational(),
                        name);
            }
        });
    }

    /** One chamber agent per region with an API token, for the regional API figures. */
    private static Map<String, String> regionalTokens(
            ConfigurableApplicationContext app, JdbcTemplate jdbc, List<Probe> probes) {
        Map<String, String> tokens = new HashMap<>();
        ma.hirfa.platform.account.AccountService accounts = app.getBean(ma.hirfa.platform.account.AccountService.class);
        for (String region :
                probes.stream().map(Probe::region).distinct().sorted().toList()) {
            String username = "bench.agent." + region;
            Long id = jdbc.queryForList("select id from plat_user where username = ?", Long.class, username).stream()
                    .findFirst()
                    .orElse(null);
            if (id == null) {
                accounts.createIfAbsent(
                        username,
                        PASSWORD,
                        "Bench agent " + region,
                        null,
                        ma.hirfa.platform.Role.CHAMBER_AGENT,
                        region,
                        "fr");
                id = jdbc.queryForObject("select id from plat_user where username = ?", Long.class, username);
            }
            tokens.put(region, "Bearer " + app.getBean(ApiTokens.class).issue(id, "search benchmark " + region));
        }
        return tokens;
    }

    /** As the register's import writes the index: keys computed by the caller, rows in with COPY. */
    private static void addNew(IdentityIndex index, List<IndexedIdentity> batch) {
        index.addNew(
                batch,
                batch.stream().map(i -> IdentityMatching.keys(i.identity())).toList());
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

    private static Map<Probe, Boolean> report(String what, List<Probe> probes, Timed timed) {
        String loadStart = loadAverage();
        Map<Probe, Boolean> out = new java.util.LinkedHashMap<>();
        Map<String, List<Double>> byKind = new HashMap<>();
        Map<String, int[]> hits = new HashMap<>();
        List<Double> all = new ArrayList<>();
        for (Probe p : probes) {
            long start = System.nanoTime();
            boolean hit = timed.hit(p);
            double ms = (System.nanoTime() - start) / 1e6;
            out.put(p, hit);
            all.add(ms);
            byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(ms);
            int[] h = hits.computeIfAbsent(p.kind(), k -> new int[2]);
            h[0] += hit ? 1 : 0;
            h[1]++;
        }
        System.out.printf(
                Locale.ROOT,
                "%n%s: %d queries, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (load average %s at the start,"
                        + " %s at the end)%n",
                what,
                all.size(),
                pct(all, 50),
                pct(all, 95),
                pct(all, 99),
                pct(all, 100),
                loadStart,
                loadAverage());
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
        return out;
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

    private static List<Probe> probes(
            List<GeneratedRow> sample, Map<String, String> regionOf, JdbcTemplate jdbc, int rows) {
        Map<String, String[]> provinceNames = new HashMap<>();
        jdbc.query("select code, name_fr, name_ar from ref_province", rs -> {
            provinceNames.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
        });
        List<String[]> drafts = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            GeneratedRow r = sample.get(i);
            String kind = KINDS[i % KINDS.length];
            String lat = join(r.firstNameLat(), r.lastNameLat());
            String ar = join(r.firstNameAr(), r.lastNameAr());
            String[] province = provinceNames.getOrDefault(r.provinceCode(), new String[] {"", ""});
            String year =
                    r.birthDate() == null ? "" : Integer.toString(r.birthDate().getYear());
            String text = switch (kind) {
                case "latin" -> lat.isEmpty() ? ar : lat;
                case "arabic" -> ar.isEmpty() ? lat : ar;
                case "swapped" ->
                    lat.isEmpty() ? join(r.lastNameAr(), r.firstNameAr()) : join(r.lastNameLat(), r.firstNameLat());
                case "typo" -> lat.isEmpty() ? ar : join(r.firstNameLat(), typo(r.lastNameLat()));
                case "latin+year" -> join(lat, year);
                case "arabic+province" -> join(ar, province[1]);
                case "latin+prov+year" -> join(join(lat, year), province[0]);
                default -> r.nationalId() == null ? lat : r.nationalId();
            };
            String spelled = kind.startsWith("arabic") ? spelling(ar) : spelling(lat);
            drafts.add(new String[] {
                Long.toString(r.id()), kind, text, regionOf.getOrDefault(r.provinceCode(), "08"), spelled
            });
        }
        // a second pass of the generator (same seed): how many artisans hold each spelling typed, and where
        Set<String> wanted = new java.util.HashSet<>();
        drafts.forEach(d -> wanted.add(d[4]));
        Map<String, Integer> held = new HashMap<>();
        new ArtisanGenerator(42, ArtisanGenerator.Profile.STANDARD).generate(rows, row -> {
            String region = regionOf.getOrDefault(row.provinceCode(), "08");
            for (String spelled : List.of(
                    spelling(join(row.firstNameLat(), row.lastNameLat())),
                    spelling(join(row.firstNameAr(), row.lastNameAr())))) {
                if (wanted.contains(spelled)) {
                    held.merge(spelled, 1, Integer::sum);
                    held.merge(region + "|" + spelled, 1, Integer::sum);
                }
            }
        });
        List<Probe> out = new ArrayList<>();
        for (String[] d : drafts) {
            out.add(new Probe(
                    Long.parseLong(d[0]),
                    d[1],
                    d[2],
                    d[3],
                    held.getOrDefault(d[4], 0),
                    held.getOrDefault(d[3] + "|" + d[4], 0)));
        }
        return out;
    }

    /** The spelling of a name as typed, case and spacing aside. */
    private static String spelling(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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
    private static void fillRegister(JdbcTemplate jdbc, long from) {
        if (from == 0) {
            // a larger register before (2.5 M): truncated, so no dead rows are left under the API's reads
            jdbc.execute("truncate table reg_artisan cascade");
        }
        jdbc.execute("insert into reg_artisan (id, national_id, first_name_ar, last_name_ar, first_name_lat,"
                + " last_name_lat, sex, birth_date, phone, region_code, province_code, status, created_at,"
                + " updated_at, version, category, qualification_basis, registration_number)"
                + " select artisan_id, national_id, first_name_ar, last_name_ar, first_name_lat, last_name_lat, 'M',"
                + " birth_date, left(phone, 16), region_code, province_code,"
                // the generator repeats a person's national id in some near-duplicates: one active file per person
                // (V87, ADR 0064), the later ones struck off
                + " case when exists (select 1 from mat_identity e where e.national_id = m.national_id"
                + " and e.artisan_id < m.artisan_id) then 'STRUCK_OFF' else 'REGISTERED' end, now(), now(), 0,"
                + " 'ARTISAN', 'EXPERIENCE', registration_number from mat_identity m where artisan_id > " + from);
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
