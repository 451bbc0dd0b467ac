package ma.hirfa.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.json.JsonMapper;

/** Complexes, units and leases as tests need them, made through the API where it exists. */
public final class UnitFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger NAMES = new AtomicInteger();

    private UnitFixtures() {}

    /** A complex in operation in Ouarzazate (Drâa-Tafilalet) or Fès; the id. */
    // until Complexes.create is merged: the complex feature (another branch) owns this insert
    public static long complexIn(JdbcTemplate jdbc, String region, String province) {
        int n = NAMES.incrementAndGet();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var s = c.prepareStatement(
                            "insert into infra_complex (region_code, province_code, name_ar, name_fr, name_zgh, status,"
                                    + " blocks, floors, created_by, created_at) values (?, ?, ?, ?, ?, 'IN_OPERATION', 1,"
                                    + " 2, 'test', ?)",
                            new String[] {"id"});
                    s.setString(1, region);
                    s.setString(2, province);
                    s.setString(3, "مركب الصناعة التقليدية " + n);
                    s.setString(4, "Complexe d'artisanat " + n);
                    s.setString(5, "ⴰⵎⵙⵎⵓⵏ " + n);
                    s.setObject(6, OffsetDateTime.now());
                    return s;
                },
                keys);
        return keys.getKey().longValue();
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
