package ma.hirfa.platform.replica;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL streaming replica of the test server, on loopback and a free port, for as long as a test needs
 * it: a replication role, {@code pg_basebackup -R} into a temporary directory, then the server started as
 * {@code postgres}. Needs root (as CI runs) and a {@code host replication all 127.0.0.1/32} line in the
 * primary's {@code pg_hba.conf} (Debian's default has it).
 */
final class StreamingReplica implements AutoCloseable {

    static final String ROLE = "hirfa_replica";
    private static final String SETTINGS_QUERY = "select name, setting from pg_settings where name in ("
            + "'max_connections', 'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions',"
            + " 'max_locks_per_transaction', 'server_version_num')";

    private final Path directory;
    private final Path bin;
    private final int port;

    private StreamingReplica(Path directory, Path bin, int port) {
        this.directory = directory;
        this.bin = bin;
        this.port = port;
    }

    static boolean possible() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Starts a replica of the server {@code primaryUrl} points at (user and password of the application). */
    static StreamingReplica of(String primaryUrl, String user, String password) throws Exception {
        URI server = URI.create(primaryUrl.substring("jdbc:".length()));
        int primaryPort = server.getPort() < 0 ? 5432 : server.getPort();
        Map<String, String> settings = settings(primaryUrl, user, password);
        Path bin = Path.of(
                "/usr/lib/postgresql",
                Integer.toString(Integer.parseInt(settings.get("server_version_num")) / 10000),
                "bin");
        run(
                List.of("su", "postgres", "-c", "psql -p " + primaryPort + " -v ON_ERROR_STOP=1 -qtA"),
                """
                DO $do$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1$s') THEN
                    CREATE ROLE %1$s LOGIN REPLICATION PASSWORD '%1$s';
                  END IF;
                END $do$;
                """.formatted(ROLE),
                Map.of());
        Path directory = Files.createTempDirectory("hirfa-replica");
        Path data = directory.resolve("data");
        run(
                List.of(
                        bin.resolve("pg_basebackup").toString(),
                        "-h",
                        "127.0.0.1",
                        "-p",
                        Integer.toString(primaryPort),
                        "-U",
                        ROLE,
                        "-D",
                        data.toString(),
                        "-R",
                        "-X",
                        "stream",
                        "-c",
                        "fast"),
                null,
                Map.of("PGPASSWORD", ROLE));
        int port = freePort();
        // A hot standby needs at least the primary's slots (CI raises max_connections).
        StringBuilder conf = new StringBuilder()
                .append("listen_addresses = '127.0.0.1'\n")
                .append("port = ")
                .append(port)
                .append('\n')
                .append("unix_socket_directories = '")
                .append(directory)
                .append("'\n")
                .append("hot_standby = on\nhot_standby_feedback = on\nshared_buffers = 32MB\n");
        for (String name : List.of(
                "max_connections",
                "max_worker_processes",
                "max_wal_senders",
                "max_prepared_transactions",
                "max_locks_per_transaction")) {
            conf.append(name).append(" = ").append(settings.get(name)).append('\n');
        }
        Files.writeString(data.resolve("postgresql.conf"), conf);
        Files.writeString(
                data.resolve("pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n");
        Files.writeString(data.resolve("pg_ident.conf"), "");
        run(List.of("chown", "-R", "postgres:postgres", directory.toString()), null, Map.of());
        run(List.of("chmod", "700", data.toString()), null, Map.of());
        StreamingReplica replica = new StreamingReplica(directory, bin, port);
        run(
                List.of(
                        "su",
                        "postgres",
                        "-c",
                        bin.resolve("pg_ctl") + " -D " + data + " -l " + directory.resolve("log") + " -w -t 60 start"),
                null,
                Map.of());
        return replica;
    }

    /** The JDBC URL of the replica for a URL of the primary: same database, schema and options. */
    String url(String primaryUrl) {
        URI server = URI.create(primaryUrl.substring("jdbc:".length()));
        return "jdbc:postgresql://127.0.0.1:" + port + server.getRawPath()
                + (server.getRawQuery() == null ? "" : "?" + server.getRawQuery());
    }

    void stop() throws Exception {
        run(
                List.of(
                        "su",
                        "postgres",
                        "-c",
                        bin.resolve("pg_ctl") + " -D " + directory.resolve("data") + " -m fast -w stop"),
                null,
                Map.of());
    }

    @Override
    public void close() throws Exception {
        try {
            if (Files.exists(directory.resolve("data/postmaster.pid"))) {
                stop();
            }
        } finally {
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    private static Map<String, String> settings(String url, String user, String password) throws SQLException {
        Map<String, String> settings = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(SETTINGS_QUERY)) {
            while (rows.next()) {
                settings.put(rows.getString(1), rows.getString(2));
            }
        }
        return settings;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command, String input, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
