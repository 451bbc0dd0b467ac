package ma.hirfa.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.IntSupplier;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The training API as one user (HTTP Basic) calls it, with the steps the tests repeat. */
public final class TrainingApi {

    public static final String BASE = "/api/v1/training";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IntSupplier port;
    private final String credentials;

    public TrainingApi(IntSupplier port, String username) {
        this.port = port;
        this.credentials = WebSession.basic(username, "demo1234");
    }

    public WebResponse post(String path, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = credentials;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return new WebSession(port.getAsInt()).postJson(path, body, all);
    }

    public WebResponse get(String path, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = credentials;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return new WebSession(port.getAsInt()).get(path, all);
    }

    public byte[] download(String path) {
        return new WebSession(port.getAsInt()).download(path, "Authorization", credentials);
    }

    public long programme(String craftsJson, int minAttendance, boolean assessment) {
        return json(post(BASE + "/programmes", TrainingFixtures.programme(craftsJson, minAttendance, assessment)), 201)
                .get("id")
                .asLong();
    }

    public long session(
            long programme, String province, LocalDate from, LocalDate to, int capacity, boolean waitingList) {
        return json(
                        post(
                                BASE + "/sessions",
                                TrainingFixtures.session(programme, province, from, to, capacity, waitingList)),
                        201)
                .get("id")
                .asLong();
    }

    public WebResponse enrol(long session, long artisan, String... headers) {
        return post(BASE + "/sessions/" + session + "/enrolments", "{\"artisanId\":" + artisan + "}", headers);
    }

    public WebResponse attendance(long session, LocalDate day, String presentJson, String... headers) {
        return post(
                BASE + "/sessions/" + session + "/attendance",
                "{\"day\":\"" + day + "\",\"present\":" + presentJson + "}",
                headers);
    }

    public JsonNode enrolments(long session) {
        return json(get(BASE + "/sessions/" + session + "/enrolments"), 200);
    }

    public static JsonNode json(WebResponse response, int expected) {
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }
}
