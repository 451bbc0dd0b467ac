package ma.hirfa.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import tools.jackson.databind.json.JsonMapper;

/** Complexes, units and leases as tests need them, made through the API where it exists. */
public final class UnitFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger NAMES = new AtomicInteger();

    private UnitFixtures() {}

    /** A complex in operation in a province of Drâa-Tafilalet (e.g. Ouarzazate, 401), made by its agent; the id. */
    public static long complexIn(int port, String province) {
        int n = NAMES.incrementAndGet();
        return InfrastructureFixtures.complex(
                new InfrastructureApi(() -> port, "agent.draa"), province, "Complexe d'artisanat " + n, "IN_OPERATION");
    }

    /** A unit added through the API by the region's agent; the id. */
    public static long unit(int port, String agent, long complexId, String number, int floor, String type, int rent) {
        WebResponse created = new WebSession(port)
                .postJson(
                        "/api/v1/infrastructure/complexes/" + complexId + "/units",
                        """
                        {"number":"%s","floor":%d,"area":24.5,"type":"%s","monthlyRent":%d}""".formatted(number, floor, type, rent),
                        "Authorization",
                        WebSession.basic(agent, "demo1234"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    public static String lease(long artisanId, LocalDate start, LocalDate end, String rent) {
        return """
                {"artisanId":%d,"startsOn":"%s","endsOn":"%s","monthlyRent":%s}""".formatted(artisanId, start, end, rent);
    }

    public static WebResponse postLease(int port, String user, long unitId, String body) {
        return new WebSession(port)
                .postJson(
                        "/api/v1/infrastructure/units/" + unitId + "/leases",
                        body,
                        "Authorization",
                        WebSession.basic(user, "demo1234"),
                        "Accept-Language",
                        "fr");
    }
}
