package ma.hirfa.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.IntSupplier;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The coverage API as one user (HTTP Basic) calls it, in French unless told otherwise. */
final class CoverageApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final IntSupplier port;
    private final String credentials;

    CoverageApi(IntSupplier port, String username) {
        this.port = port;
        this.credentials = WebSession.basic(username, "demo1234");
    }

    WebResponse get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    WebResponse post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    WebResponse put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    WebResponse delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    WebResponse enrol(long artisanId, String regime, String enrolledOn, String fundNumber) {
        return put(
                "/api/v1/coverage/artisans/" + artisanId + "/enrolment",
                "{\"regime\":\"" + regime + "\",\"enrolledOn\":\"" + enrolledOn + "\",\"fundNumber\":"
                        + (fundNumber == null ? "null" : "\"" + fundNumber + "\"") + "}");
    }

    WebResponse contribute(long artisanId, String month, String amount, String paidOn, String recordedOn) {
        return post(
                "/api/v1/coverage/artisans/" + artisanId + "/contributions",
                "{\"month\":\"" + month + "\",\"amount\":" + amount + ",\"paidOn\":\"" + paidOn + "\",\"recordedOn\":"
                        + (recordedOn == null ? "null" : "\"" + recordedOn + "\"") + "}");
    }

    WebResponse rights(long artisanId, String month, String asOf, String basis) {
        return get("/api/v1/coverage/artisans/" + artisanId + "/rights?month=" + month + "&asOf=" + asOf + "&basis="
                + basis);
    }

    /** A registered artisan of Drâa-Tafilalet that no test has used yet, made for the caller (Zagora). */
    long freshArtisan() {
        return RegistryFixtures.artisanIn("587").registered(port.getAsInt());
    }

    static JsonNode json(WebResponse response, int expected) {
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    /** The messages of one field of an RFC 9457 answer (errors: a list of {field, code, message}), joined. */
    static String error(JsonNode problem, String field) {
        StringBuilder messages = new StringBuilder();
        for (JsonNode error : problem.get("errors")) {
            if (error.has("field") && error.get("field").asString().equals(field)) {
                messages.append(messages.isEmpty() ? "" : " ")
                        .append(error.get("message").asString());
            }
        }
        assertThat(messages).as(problem.toString()).isNotEmpty();
        return messages.toString();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port.getAsInt() + path);
    }

    private WebResponse send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            request.header("Authorization", credentials)
                                    .header("Accept-Language", "fr")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return new WebResponse(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
