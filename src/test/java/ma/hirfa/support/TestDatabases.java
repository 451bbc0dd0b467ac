package ma.hirfa.support;

import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where tests keep their data: a fresh in-memory H2 database by default, or, when the build runs the
 * PostgreSQL pass ({@code -Dhirfa.test.database=postgres}, set by the failsafe execution that .ci/run
 * activates with HIRFA_TEST_PG_URL), a fresh schema in that PostgreSQL database. Every Spring context gets
 * its own, so tests never see each other's rows and reruns start empty.
 */
public final class TestDatabases {

    public static final String PG_URL = "HIRFA_TEST_PG_URL";

    private TestDatabases() {}

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("hirfa.test.database"));
    }

    public static String name() {
        return postgres() ? "PostgreSQL" : "H2";
    }

    /** Datasource properties for a new, empty database or schema (and a smaller demo register). */
    public static Map<String, Object> freshDatabase() {
        Map<String, Object> properties = new java.util.HashMap<>(database());
        properties.put("hirfa.demo.artisans", "50");
        // Spring keeps up to 32 test contexts alive, each with its own pool: a context the suite has moved past
        // gives its connections back, so the PostgreSQL pass stays within the server's connection slots.
        properties.put("spring.datasource.hikari.minimum-idle", "0");
        properties.put("spring.datasource.hikari.idle-timeout", "10000");
        return properties;
    }

    private static Map<String, Object> database() {
        String id = "t" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        if (!postgres()) {
            return Map.of(
                    "spring.datasource.url",
                    "jdbc:h2:mem:" + id
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "spring.datasource.username",
                    "sa",
                    "spring.datasource.password",
                    "");
        }
        String url = System.getenv(PG_URL);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("The PostgreSQL test pass needs " + PG_URL + " (see .ci/run)");
        }
        return Map.of(
                "spring.datasource.url",
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + id,
                "spring.datasource.username",
                env("HIRFA_TEST_PG_USER", "hirfa"),
                "spring.datasource.password",
                env("HIRFA_TEST_PG_PASSWORD", "hirfa"),
                "spring.flyway.schemas",
                id,
                "spring.flyway.default-schema",
                id);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
