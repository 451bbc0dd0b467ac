package ma.hirfa.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the cluster test runs: Hirfa nodes as processes of the built jar ({@code target/hirfa.jar}), an nginx in
 * front of them with a configuration of its own, and the PostgreSQL cluster they share ({@code HIRFA_CLUSTER_PG},
 * "version/name/port", made by .ci/run), which the test may stop and start.
 */
final class Cluster implements AutoCloseable {

    static final String ENV = "HIRFA_CLUSTER_PG";
    static final String DATABASE = "hirfa_cluster";
    static final String SECRETS_KEY = "Y2x1c3Rlci10ZXN0LWtleS0zMi1ieXRlcy1sb25nISE=";

    final Path dir;
    final String pgVersion;
    final String pgName;
    final int pgPort;
    final int lbPort;
    final List<Node> nodes = new ArrayList<>();
    /** The nodes' database; the load benchmark names its own (ADR 0057). */
    final String database;
    /** Each node's largest heap; the load benchmark gives its nodes more (PDFs at 50 clients). */
    String maxHeap = "384m";
    /**
     * The nodes' JVM options besides the heap: the cluster test starts them for a quick start (one GC thread, the
     * first compiler only); the load benchmark measures them as production runs them (ADR 0063).
     */
    List<String> jvmOptions = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");

    private final Map<String, String> settings;
    private Process nginx;

    /** One node: its port and name, its process (replaced when restarted) and every log it wrote. */
    static final class Node {
        final String name;
        final int port;
        Process process;
        final List<Path> logs = new ArrayList<>();

        Node(String name, int port) {
            this.name = name;
            this.port = port;
        }
    }

    Cluster(Path dir, String location, Map<String, String> settings) throws IOException {
        this(dir, location, DATABASE, settings);
    }

    Cluster(Path dir, String location, String database, Map<String, String> settings) throws IOException {
        this.database = database;
        String[] parts = location.split("/");
        if (Files.exists(dir)) {
            // logs and nginx's access log of an earlier run would be read as this run's
            try (var old = Files.walk(dir)) {
                old.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
        this.dir = Files.createDirectories(dir);
        this.pgVersion = parts[0];
        this.pgName = parts[1];
        this.pgPort = Integer.parseInt(parts[2]);
        this.lbPort = freePort();
        this.settings = settings;
        nodes.add(new Node("a", freePort()));
        nodes.add(new Node("b", freePort()));
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + database;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "hirfa", "hirfa");
    }

    /** Drops and creates the nodes' database, empty. */
    void freshDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "hirfa", "hirfa");
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database + " encoding 'UTF8' template template0");
        }
    }

    void start(Node node) throws IOException {
        Path log = dir.resolve("node-" + node.name + "-" + (node.logs.size() + 1) + ".log");
        node.logs.add(log);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms96m", "-Xmx" + maxHeap));
        // "{node}" in an option is the node's name: -XX:StartFlightRecording=filename=node-{node}.jfr
        jvmOptions.forEach(option -> command.add(option.replace("{node}", node.name)));
        command.addAll(List.of(
                "-jar",
                Path.of("target", "hirfa.jar").toAbsolutePath().toString(),
                "--server.port=" + node.port,
                "--spring.datasource.hikari.data-source-properties.ApplicationName=hirfa-node-" + node.name));
        settings.forEach((name, value) -> command.add("--" + name + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
        builder.environment().put("HIRFA_DB_URL", jdbcUrl());
        builder.environment().put("HIRFA_DB_USER", "hirfa");
        builder.environment().put("HIRFA_DB_PASSWORD", "hirfa");
        builder.environment().put("HIRFA_SECRETS_KEY", SECRETS_KEY);
        builder.environment().put("HIRFA_PUBLIC_URL", "http://127.0.0.1:" + lbPort);
        builder.environment()
                .put("HIRFA_DATA_DIR", dir.resolve("data-" + node.name).toString());
        node.process = builder.start();
    }

    /** Waits until the node answers its health check; fails with the end of its log when it stopped or never did. */
    void awaitUp(Node node, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!node.process.isAlive()) {
                throw new AssertionError("node " + node.name + " stopped:\n" + tail(node));
            }
            if (status("http://127.0.0.1:" + node.port + "/actuator/health") == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("node " + node.name + " did not start in " + patience + ":\n" + tail(node));
    }

    /** kill -9: the process has no chance to finish anything. */
    void kill(Node node) throws InterruptedException {
        node.process.destroyForcibly();
        node.process.waitFor(20, TimeUnit.SECONDS);
    }

    void startNginx() throws IOException, InterruptedException {
        Path conf = dir.resolve("nginx.conf");
        Files.createDirectories(dir.resolve("nginx-temp"));
        StringBuilder upstream = new StringBuilder();
        for (Node node : nodes) {
            // max_fails=0: a node that does not answer is tried again at once (it may be back); no stickiness.
            upstream.append("    server 127.0.0.1:").append(node.port).append(" max_fails=0;\n");
        }
        String temp = dir.resolve("nginx-temp").toString();
        Files.writeString(conf, """
                daemon off;
                user root;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/nginx-error.log warn;
                events { worker_connections 512; }
                http {
                  log_format upstreams '$msec $status $request_method $uri $upstream_addr $upstream_status';
                  access_log %1$s/nginx-access.log upstreams;
                  client_body_temp_path %2$s/body;
                  proxy_temp_path %2$s/proxy;
                  fastcgi_temp_path %2$s/fastcgi;
                  uwsgi_temp_path %2$s/uwsgi;
                  scgi_temp_path %2$s/scgi;
                  client_max_body_size 100m;
                  upstream hirfa {
                %3$s  }
                  server {
                    listen 127.0.0.1:%4$d;
                    location / {
                      proxy_pass http://hirfa;
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $remote_addr;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      proxy_connect_timeout 2s;
                      proxy_read_timeout 120s;
                      proxy_next_upstream error timeout;
                    }
                  }
                }
                """.formatted(dir, temp, upstream, lbPort));
        nginx = new ProcessBuilder("/usr/sbin/nginx", "-p", dir.toString(), "-c", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", lbPort)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not start: " + Files.readString(dir.resolve("nginx.out")));
    }

    /** nginx's master and its worker processes, whose CPU time the load benchmark reads. */
    List<Long> nginxPids() throws IOException {
        List<Long> pids = new ArrayList<>(List.of(nginx.pid()));
        Path children = Path.of("/proc", Long.toString(nginx.pid()), "task", Long.toString(nginx.pid()), "children");
        for (String child : Files.readString(children).trim().split("\\s+")) {
            if (!child.isEmpty()) {
                pids.add(Long.parseLong(child));
            }
        }
        return pids;
    }

    /** The upstream ("127.0.0.1:port") that served each request through nginx whose path starts with {@code path}. */
    List<String> upstreamsOf(String path) throws IOException {
        return Files.readAllLines(dir.resolve("nginx-access.log")).stream()
                .map(line -> line.split(" "))
                .filter(f -> f.length >= 5 && f[3].startsWith(path))
                .map(f -> f[4])
                .toList();
    }

    void pg(String action) throws IOException, InterruptedException {
        Process ctl = new ProcessBuilder("pg_ctlcluster", pgVersion, pgName, action, "-m", "fast")
                .redirectErrorStream(true)
                .start();
        String out = new String(ctl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ctl.waitFor(60, TimeUnit.SECONDS) || ctl.exitValue() != 0) {
            throw new AssertionError("pg_ctlcluster " + action + ": " + out);
        }
    }

    static int status(String url) {
        try {
            return HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String tail(Node node) throws IOException {
        List<String> lines = Files.readAllLines(node.logs.get(node.logs.size() - 1));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        for (Node node : nodes) {
            if (node.process != null) {
                node.process.destroy();
            }
        }
        for (Node node : nodes) {
            if (node.process != null && !node.process.waitFor(15, TimeUnit.SECONDS)) {
                node.process.destroyForcibly();
            }
        }
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
