package ma.hirfa.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;

/**
 * PostgreSQL stopped and started again while users work through nginx: pages, API reads and API writes. During
 * the outage every answer is a translated 503 with Retry-After (never a 500 or a stack trace); afterwards both nodes
 * answer again by themselves, every write acknowledged with a 201 is in the database and no write answered 503 is.
 */
final class OutageLoad {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    record Sample(String kind, Instant at, int status, String retryAfter, String contentType, String body) {}

    private final Cluster cluster;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final List<String> refusedWrites = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger ids = new AtomicInteger();

    OutageLoad(Cluster cluster) {
        this.cluster = cluster;
    }

    void run() throws Exception {
        WebSession pages = WebSession.loggedIn(cluster.lbPort, "manager.draa");
        ExecutorService users = Executors.newFixedThreadPool(3);
        users.submit(() -> loop("page", lb -> pages.get("/registry/artisans")));
        users.submit(
                () -> loop("api-read", lb -> lb.get("/api/v1/registry/artisans", "Authorization", ClusterIT.AGENT)));
        users.submit(() -> loop("api-write", this::write));

        Thread.sleep(3000);
        Instant stopped = Instant.now();
        cluster.pg("stop");
        Thread.sleep(8000);
        cluster.pg("start");
        Instant started = Instant.now();
        Thread.sleep(10000);
        running.set(false);
        users.shutdown();
        assertThat(users.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        Map<Integer, Long> statuses =
                samples.stream().collect(Collectors.groupingBy(Sample::status, Collectors.counting()));
        assertThat(statuses.keySet())
                .as("answers during the restart: %s", unexpected())
                .isSubsetOf(200, 201, 503);
        List<Sample> refused = samples.stream().filter(s -> s.status() == 503).toList();
        assertThat(refused.stream().map(Sample::kind).distinct()).contains("page", "api-read", "api-write");
        for (Sample s : refused) {
            assertThat(s.retryAfter()).as("Retry-After of " + s).isNotBlank();
            assertThat(s.body()).doesNotContain("Exception", "\tat ", "Whitelabel", "SQL");
            if (s.kind().equals("page")) {
                assertThat(s.contentType()).startsWith("text/html");
                assertThat(s.body()).contains("قاعدة البيانات لا تستجيب");
            } else {
                assertThat(s.contentType()).startsWith("application/problem+json");
                assertThat(s.body()).contains("\"status\":503");
            }
        }
        // What a user and a client program were shown, kept for whoever reads the report.
        for (Sample s : refused) {
            java.nio.file.Path kept =
                    cluster.dir.resolve("outage-" + s.kind() + (s.kind().equals("page") ? ".html" : ".json"));
            if (!java.nio.file.Files.exists(kept)) {
                java.nio.file.Files.writeString(kept, s.body());
            }
        }
        Instant recovered = recovery(started);
        try (Connection db = cluster.connect()) {
            String list = acknowledged.stream().map(String::valueOf).collect(Collectors.joining(","));
            long found = acknowledged.isEmpty()
                    ? 0
                    : ClusterIT.number(db, "select count(*) from reg_artisan where id in (" + list + ")");
            assertThat(found).as("acknowledged writes kept").isEqualTo(acknowledged.size());
            // A 503 says "nothing was saved": true since the file, its index entry and the answer share one
            // transaction (ADR 0061).
            String refusedIds = refusedWrites.stream().map(n -> "'" + n + "'").collect(Collectors.joining(","));
            assertThat(
                            refusedWrites.isEmpty()
                                    ? 0
                                    : ClusterIT.number(
                                            db,
                                            "select count(*) from reg_artisan where national_id in (" + refusedIds
                                                    + ")"))
                    .as("files saved though their answer was a 503")
                    .isZero();
        }
        ClusterIT.note(
                "PostgreSQL stopped %s for about 8 s under load (pages, API reads, API writes through nginx): answers"
                        + " %s; every 503 translated with Retry-After %s, no 500 and no stack trace; both nodes"
                        + " answered again %d ms after PostgreSQL was back, by themselves; %d writes acknowledged,"
                        + " all %d in the database; %d writes answered 503, none of them saved",
                stopped,
                statuses,
                refused.get(0).retryAfter(),
                Duration.between(started, recovered).toMillis(),
                acknowledged.size(),
                acknowledged.size(),
                refusedWrites.size());
    }

    private WebResponse write(WebSession lb) {
        String nationalId = "JY" + String.format("%06d", ids.incrementAndGet());
        WebResponse created = lb.postJson(
                "/api/v1/registry/artisans",
                ClusterIT.artisanJson(nationalId, "Load"),
                "Authorization",
                ClusterIT.AGENT);
        if (created.status() == 201) {
            Matcher id = ID.matcher(created.body());
            if (id.find()) {
                acknowledged.add(Long.parseLong(id.group(1)));
            }
        } else if (created.status() == 503) {
            refusedWrites.add(nationalId);
        }
        return created;
    }

    private void loop(String kind, Function<WebSession, WebResponse> request) {
        WebSession lb = new WebSession(cluster.lbPort);
        while (running.get()) {
            try {
                WebResponse answer = request.apply(lb);
                samples.add(new Sample(
                        kind,
                        Instant.now(),
                        answer.status(),
                        answer.header("Retry-After"),
                        answer.header("Content-Type"),
                        answer.body().length() > 2000 ? answer.body().substring(0, 2000) : answer.body()));
            } catch (RuntimeException failed) {
                samples.add(new Sample(kind, Instant.now(), -1, null, null, String.valueOf(failed)));
            }
        }
    }

    /** When both nodes, asked directly, answered an API read again after PostgreSQL came back. */
    private Instant recovery(Instant started) throws InterruptedException {
        Instant deadline = started.plusSeconds(60);
        for (Cluster.Node node : cluster.nodes) {
            WebSession direct = new WebSession(node.port);
            while (direct.get("/api/v1/registry/artisans", "Authorization", ClusterIT.AGENT)
                            .status()
                    != 200) {
                assertThat(Instant.now()).as("node " + node.name + " recovered").isBefore(deadline);
                Thread.sleep(200);
            }
        }
        return samples.stream()
                .filter(s -> s.at().isAfter(started) && s.status() / 100 == 2)
                .map(Sample::at)
                .min(Instant::compareTo)
                .orElse(Instant.now());
    }

    private List<String> unexpected() {
        return samples.stream()
                .filter(s -> s.status() != 200 && s.status() != 201 && s.status() != 503)
                .limit(5)
                .map(s -> s.kind() + " " + s.status() + " " + s.body())
                .toList();
    }
}
