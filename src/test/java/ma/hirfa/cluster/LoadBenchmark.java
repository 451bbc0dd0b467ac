package ma.hirfa.cluster;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue 16's load benchmark (ADR 0057); not a test. Two nodes of the built jar behind nginx (the cluster test's
 * {@link Cluster}) on a PostgreSQL database holding {@code artisans} generated artisans ({@link LoadFill}, reused
 * by a later run), then four timed scenarios through nginx: registrations through the API, the one-box search,
 * the public verification of real cards and card PDFs. Run it as described in docs/benchmarks.md, "Load".
 *
 * <p>Arguments: artisans (1,000,000), seconds per scenario (30), clients (50). Properties: {@code load.url}
 * (PostgreSQL server, default {@code jdbc:postgresql://127.0.0.1:5432/}), {@code load.database}
 * ({@code hirfa_bench_load}), {@code load.heap} (each node's, 768m), {@code load.pool} (each node's connections),
 * {@code load.scenarios=registrations} (stop after the registrations).
 */
public final class LoadBenchmark {

    private static final Pattern ID = Pattern.compile("\\{\"id\":(\\d+)");
    private static final String[][] FIRST = {
        {"Mohamed", "محمد"}, {"Fatima", "فاطمة"}, {"Ahmed", "أحمد"}, {"Khadija", "خديجة"},
        {"Youssef", "يوسف"}, {"Aicha", "عائشة"}, {"Hassan", "حسن"}, {"Zineb", "زينب"}
    };
    private static final String[][] LAST = {
        {"Alaoui", "العلوي"}, {"Bennani", "بناني"}, {"Tazi", "التازي"}, {"Amrani", "العمراني"},
        {"Idrissi", "الإدريسي"}, {"Ouali", "الوالي"}, {"Berrada", "برادة"}, {"Chraibi", "الشرايبي"}
    };

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int artisans = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        String server = System.getProperty("load.url", "jdbc:postgresql://127.0.0.1:5432/");
        String database = System.getProperty("load.database", "hirfa_bench_load");
        String url = server + database;
        System.out.printf(
                Locale.ROOT,
                "load benchmark: %d artisans, %d s per scenario, %d clients, database %s, load average %s%n",
                artisans,
                seconds,
                clients,
                database,
                LoadRun.loadAverage());
        LoadFill.fill(url, artisans);
        URI at = URI.create(server.substring("jdbc:".length()));
        String location = "15/main/" + at.getPort();
        try (Cluster cluster = new Cluster(Path.of("target", "load").toAbsolutePath(), location, database, settings());
                Connection db = DriverManager.getConnection(url, "hirfa", "hirfa")) {
            cluster.maxHeap = System.getProperty("load.heap", "768m");
            // as production runs a node: both compilers, the default collector (-Dload.jvm="..." to change)
            cluster.jvmOptions = List.of(
                    System.getProperty("load.jvm", "-Xms" + cluster.maxHeap).split(" "));
            cluster.startNginx();
            for (Cluster.Node node : cluster.nodes) {
                cluster.start(node);
            }
            for (Cluster.Node node : cluster.nodes) {
                cluster.awaitUp(node, Duration.ofMinutes(5));
            }
            System.out.println("two nodes up behind nginx, load average " + LoadRun.loadAverage());
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(db, true));
            scenarios(cluster, jdbc, database, seconds, clients);
        }
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = new java.util.HashMap<>(Map.ofEntries(
                Map.entry("hirfa.demo", "true"),
                Map.entry("hirfa.demo.artisans", "30"),
                // the benchmark's clients all come from 127.0.0.1: the per-address limits would measure themselves
                Map.entry("hirfa.rate.login", "100000000"),
                Map.entry("hirfa.rate.verify", "100000000"),
                Map.entry("hirfa.rate.public-pages", "100000000"),
                Map.entry("hirfa.rate.api-token", "100000000"),
                Map.entry("logging.level.root", "WARN")));
        // -Dload.pool=60: each node's connection pool (the default is Hikari's 10)
        String pool = System.getProperty("load.pool");
        if (pool != null) {
            settings.put("spring.datasource.hikari.maximum-pool-size", pool);
        }
        return settings;
    }

    private static void scenarios(Cluster cluster, JdbcTemplate jdbc, String database, int seconds, int clients)
            throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String base = "http://127.0.0.1:" + cluster.lbPort;
        String agent = token(jdbc, "agent.draa");
        String reviewer = token(jdbc, "manager.draa");
        String admin = token(jdbc, "admin");
        LoadRun.Watched watched = LoadRun.of(
                cluster,
                () -> jdbc.queryForList(
                        "select pid::bigint from pg_stat_activity where datname = ? and pid <> pg_backend_pid()",
                        Long.class,
                        database),
                () -> jdbc.queryForList(
                        "select coalesce(wait_event_type || ':' || wait_event, 'running') || ' | '"
                                + " || left(regexp_replace(query, '\\s+', ' ', 'g'), 70)"
                                + " from pg_stat_activity where datname = ? and state = 'active'"
                                + " and pid <> pg_backend_pid()",
                        String.class,
                        database));
        // -Dload.warmup=60: longer warm-ups, so that the optimising compiler has done its work before the timing
        int warmUp = Integer.getInteger("load.warmup", Math.max(5, seconds / 3));

        // 1. registrations: validation, duplicate check against the region, audit, identity index
        long firstNationalId = nextNationalId(jdbc);
        List<String> warmed = LoadRun.run(
                "warm-up: registrations",
                http,
                clients,
                0,
                warmUp,
                201,
                registrations(base, agent, firstNationalId),
                watched,
                true);
        List<String> created = LoadRun.run(
                "registrations POST /api/v1/registry/artisans",
                http,
                clients,
                pace("registrations"),
                seconds,
                201,
                registrations(base, agent, nextNationalId(jdbc)),
                watched,
                true);
        kept(jdbc, firstNationalId, warmed, created);
        if ("registrations".equals(System.getProperty("load.scenarios"))) {
            System.out.println("\nend (registrations only), load average " + LoadRun.loadAverage());
            return;
        }

        // 2. one-box search over the whole country, names of filled artisans in either script
        List<String> queries = jdbc.queryForList(
                "select case when id % 2 = 0 then concat_ws(' ', first_name_lat, last_name_lat)"
                        + " else concat_ws(' ', first_name_ar, last_name_ar) end from reg_artisan"
                        + " tablesample system (1) where id >= ? limit 2000",
                String.class, LoadFill.FIRST_ID);
        IntFunction<HttpRequest> search = i -> HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/registry/artisans/search?limit=20&q="
                        + URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", admin)
                .build();
        LoadRun.run("warm-up: search", http, clients, 0, warmUp, 200, search, watched, false);
        LoadRun.run(
                "search GET /api/v1/registry/artisans/search?q= (" + queries.size() + " names)",
                http,
                clients,
                pace("search"),
                seconds,
                200,
                search,
                watched,
                false);

        // cards: files registered above, submitted by the agent and approved by the chamber's manager
        List<Long> ids = new ArrayList<>();
        for (String json : created) {
            Matcher m = ID.matcher(json);
            if (m.find() && ids.size() < 300) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        approve(http, base, agent, reviewer, ids);
        List<String> tokens = jdbc.queryForList(
                "select token from reg_card where status = 'VALID' and artisan_id in (select unnest(?::bigint[]))",
                String.class,
                (Object) ids.toArray(Long[]::new));
        System.out.printf(Locale.ROOT, "%d files approved, %d valid cards%n", ids.size(), tokens.size());

        // 3. the public verification page of real cards, as a phone opening the QR code
        IntFunction<HttpRequest> verify =
                i -> HttpRequest.newBuilder(URI.create(base + "/verify/" + tokens.get(i % tokens.size())))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", "text/html")
                        .build();
        LoadRun.run("warm-up: verify", http, clients, 0, warmUp, 200, verify, watched, false);
        LoadRun.run("public GET /verify/{token}", http, clients, pace("verify"), seconds, 200, verify, watched, false);

        // 4. card PDFs (there is no bulk endpoint: single cards in parallel)
        IntFunction<HttpRequest> pdf = i -> HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/registry/artisans/" + ids.get(i % ids.size()) + "/card.pdf"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", agent)
                .build();
        LoadRun.run("warm-up: card PDFs", http, clients, 0, warmUp, 200, pdf, watched, false);
        LoadRun.run(
                "card PDFs GET /api/v1/registry/artisans/{id}/card.pdf",
                http,
                clients,
                pace("pdf"),
                seconds,
                200,
                pdf,
                watched,
                false);
        System.out.println("\nend, load average " + LoadRun.loadAverage());
    }

    /**
     * The offered rate of a timed scenario, from {@code -Dload.pace=registrations:250,search:200,verify:1000,pdf:20}
     * (requests a second); 0, the default, runs it closed (as fast as the clients get answers).
     */
    private static double pace(String scenario) {
        for (String part : System.getProperty("load.pace", "").split(",")) {
            String[] kv = part.split(":");
            if (kv.length == 2 && kv[0].strip().equals(scenario)) {
                return Double.parseDouble(kv[1].strip());
            }
        }
        return 0;
    }

    private static IntFunction<HttpRequest> registrations(String base, String agent, long firstNationalId) {
        return i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/registry/artisans"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", agent)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(firstNationalId + i, i)))
                .build();
    }

    /**
     * What the registrations left in the database, against what they were told: a file saved without a 201 was
     * answered an error (before ADR 0061, a 503 saying that nothing was saved), and every file must be in the
     * identity index.
     */
    private static void kept(JdbcTemplate jdbc, long firstNationalId, List<String> warmed, List<String> created) {
        java.util.Set<String> answered = new java.util.HashSet<>();
        Pattern nationalId = Pattern.compile("\"nationalId\":\"(LQ[0-9]+)\"");
        for (List<String> bodies : List.of(warmed, created)) {
            for (String json : bodies) {
                Matcher m = nationalId.matcher(json);
                if (m.find()) {
                    answered.add(m.group(1));
                }
            }
        }
        String ofTheRun = " from reg_artisan a where a.national_id ~ '^LQ[0-9]{8}$'"
                + " and cast(substr(a.national_id, 3) as bigint) >= ?";
        List<String> saved = jdbc.queryForList("select a.national_id" + ofTheRun, String.class, firstNationalId);
        long unanswered = saved.stream().filter(n -> !answered.contains(n)).count();
        Long unindexed = jdbc.queryForObject(
                "select count(*)" + ofTheRun
                        + " and not exists (select 1 from mat_identity i where i.artisan_id = a.id)",
                Long.class,
                firstNationalId);
        System.out.printf(
                Locale.ROOT,
                "   kept (warm-up and timed run): %d answered 201, %d files saved, %d saved though answered an"
                        + " error, %d saved files missing from the identity index%n",
                answered.size(),
                saved.size(),
                unanswered,
                unindexed);
    }

    /** Submitted by the agent, approved by a reviewer who did not submit (four eyes): a card is issued. */
    private static void approve(HttpClient http, String base, String agent, String reviewer, List<Long> ids)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        for (long id : ids) {
            pool.execute(() -> {
                for (String[] step : new String[][] {{"submit", agent}, {"approve", reviewer}}) {
                    try {
                        var answer = http.send(
                                HttpRequest.newBuilder(
                                                URI.create(base + "/api/v1/registry/artisans/" + id + "/" + step[0]))
                                        .header("Authorization", step[1])
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() != 200) {
                            refused.add(step[0] + " " + id + ": " + answer.statusCode() + " " + answer.body());
                            return;
                        }
                    } catch (Exception e) {
                        refused.add(step[0] + " " + id + ": " + e);
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        refused.stream().limit(5).forEach(r -> System.out.println("   approval refused: " + r));
    }

    /** A personal API token of the user, written as {@code ApiTokens.issue} does (SHA-256 of the secret). */
    private static String token(JdbcTemplate jdbc, String username) throws Exception {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String raw = "hirfa_" + HexFormat.of().formatHex(secret);
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        jdbc.update(
                "insert into plat_api_token (user_id, name, token_hash, created_at, revoked)"
                        + " select id, 'load benchmark', ?, now(), false from plat_user where username = ?",
                hash,
                username);
        return "Bearer " + raw;
    }

    /** National ids "LQ" + 8 digits, after those of earlier runs. */
    private static long nextNationalId(JdbcTemplate jdbc) {
        Long max = jdbc.queryForObject(
                "select max(cast(substr(national_id, 3) as bigint)) from reg_artisan where national_id ~ '^LQ[0-9]{8}$'",
                Long.class);
        return max == null ? 10_000_000L : max + 1;
    }

    private static String body(long nationalId, int i) {
        String[] first = FIRST[i % FIRST.length];
        String[] last = LAST[(i / FIRST.length) % LAST.length];
        return "{\"nationalId\":\"LQ" + nationalId + "\",\"firstNameAr\":\"" + first[1] + "\",\"lastNameAr\":\""
                + last[1] + "\",\"firstNameLat\":\"" + first[0] + "\",\"lastNameLat\":\"" + last[0]
                + "\",\"sex\":\"" + (i % 2 == 0 ? "M" : "F") + "\",\"birthDate\":\""
                + java.time.LocalDate.of(1960, 1, 1).plusDays(i * 7919L % 14_600)
                + "\",\"provinceCode\":\"401\",\"craftCode\":\"P02\",\"category\":\"ARTISAN\","
                + "\"qualificationBasis\":\"EXPERIENCE\",\"experienceYears\":12,\"taxStatus\":\"UNTAXED\"}";
    }
}
