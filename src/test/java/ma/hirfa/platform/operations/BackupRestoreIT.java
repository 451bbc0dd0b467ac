package ma.hirfa.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.HirfaApplication;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.TestDatabases;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup scripts as an operator runs them: data and audit records made through the application, a backup
 * with {@code scripts/backup.sh}, the database destroyed, {@code scripts/restore.sh}, the application started
 * again on it: the artisan's file is there and the audit chain still verifies, link for link. On H2 (the
 * embedded database's own SCRIPT/RUNSCRIPT) in the default pass, on PostgreSQL (pg_dump/pg_restore) in CI's.
 */
class BackupRestoreIT {

    private static final Pattern CHECKED = Pattern.compile("\"checked\":(\\d+)");

    @TempDir
    Path directory;

    @Test
    void aRestoredBackupHoldsTheDataAndAnIntactAuditChain() throws Exception {
        Database database = TestDatabases.postgres() ? postgres() : h2();
        Map<String, Object> settings = database.settings();

        long artisan;
        String nationalId;
        long auditLinks;
        try (ConfigurableApplicationContext node = start(settings)) {
            int port = port(node);
            PlatformFixtures.staff(node.getBean(AccountService.class));
            artisan = RegistryFixtures.artisanIn("401").registered(port);
            RegistryFixtures.artisanIn("401").registered(port);
            nationalId = node.getBean(JdbcTemplate.class)
                    .queryForObject("select national_id from reg_artisan where id = ?", String.class, artisan);
            auditLinks = intactChain(port);
            assertThat(auditLinks).isGreaterThanOrEqualTo(4);
        }

        Path backup = directory.resolve("hirfa.backup");
        script("backup.sh", database, backup);
        database.destroy();
        script("restore.sh", database, backup);

        try (ConfigurableApplicationContext node = start(settings)) {
            int port = port(node);
            WebResponse file = new WebSession(port)
                    .get(
                            "/api/v1/registry/artisans/" + artisan,
                            "Authorization",
                            WebSession.basic("agent.draa", PlatformFixtures.PASSWORD));
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.body()).contains(nationalId);
            assertThat(intactChain(port)).isGreaterThanOrEqualTo(auditLinks);
            assertThat(node.getBean(JdbcTemplate.class).queryForObject("select count(*) from reg_artisan", Long.class))
                    .isEqualTo(2);
        }
    }

    /** Verifies the chain through the API an auditor uses; the number of links checked. */
    private static long intactChain(int port) {
        WebResponse verification = new WebSession(port)
                .get(
                        "/api/v1/audit/verification",
                        "Authorization",
                        WebSession.basic("admin", PlatformFixtures.PASSWORD));
        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.body()).contains("\"intact\":true");
        Matcher checked = CHECKED.matcher(verification.body());
        assertThat(checked.find()).isTrue();
        return Long.parseLong(checked.group(1));
    }

    private void script(String name, Database database, Path backup) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        List.of("bash", Path.of("scripts", name).toString(), database.kind(), backup.toString()))
                .redirectErrorStream(true);
        builder.environment().putAll(database.environment());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(name + ": " + output).isZero();
    }

    private Database h2() {
        Path data = directory.resolve("data");
        String url = "jdbc:h2:file:" + data.resolve("hirfa")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String h2Jar = Path.of(URI.create(org.h2.Driver.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toString()))
                .toString();
        return new Database(
                "h2",
                Map.of(
                        "spring.datasource.url",
                        url,
                        "spring.datasource.username",
                        "sa",
                        "spring.datasource.password",
                        ""),
                Map.of("HIRFA_DATA_DIR", data.toString(), "HIRFA_H2_JAR", h2Jar),
                () -> {
                    try (var files = Files.list(data)) {
                        for (Path f : files.toList()) {
                            Files.delete(f);
                        }
                    }
                    assertThat(data.resolve("hirfa.mv.db")).doesNotExist();
                });
    }

    private static Database postgres() {
        Map<String, Object> settings = TestDatabases.freshDatabase();
        String url = (String) settings.get("spring.datasource.url");
        URI server = URI.create(url.substring("jdbc:".length()));
        String schema = (String) settings.get("spring.flyway.schemas");
        String user = (String) settings.get("spring.datasource.username");
        String password = (String) settings.get("spring.datasource.password");
        Map<String, String> environment = Map.of(
                "PGHOST",
                server.getHost(),
                "PGPORT",
                Integer.toString(server.getPort() < 0 ? 5432 : server.getPort()),
                "PGDATABASE",
                server.getPath().substring(1),
                "PGUSER",
                user,
                "PGPASSWORD",
                password,
                "HIRFA_PG_SCHEMA",
                schema);
        return new Database("postgres", settings, environment, () -> {
            try (var connection = java.sql.DriverManager.getConnection(
                    url.replaceAll("[?&]currentSchema=[^&]*", ""), user, password)) {
                connection.createStatement().execute("drop schema " + schema + " cascade");
            }
        });
    }

    private static ConfigurableApplicationContext start(Map<String, Object> database) {
        Map<String, Object> settings = new HashMap<>(database);
        settings.put("hirfa.test.shared-datasource", "true");
        settings.put("server.port", "0");
        settings.put("hirfa.demo", "false");
        String[] arguments = settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(HirfaApplication.class).run(arguments);
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    private interface Destruction {
        void run() throws Exception;
    }

    private record Database(
            String kind, Map<String, Object> settings, Map<String, String> environment, Destruction destruction) {
        void destroy() throws Exception {
            destruction.run();
        }
    }
}
