package ma.hirfa.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.IntSupplier;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The infrastructure API as one user (HTTP Basic) calls it. */
public final class InfrastructureApi {

    public static final String BASE = "/api/v1/infrastructure";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IntSupplier port;
    private final String credentials;

    public InfrastructureApi(IntSupplier port, String username) {
        this.port = port;
        this.credentials = WebSession.basic(username, "demo1234");
    }

    public WebResponse post(String path, String body) {
        return new WebSession(port.getAsInt()).postJson(BASE + path, body, "Authorization", credentials);
    }

    public WebResponse get(String path) {
        return new WebSession(port.getAsInt()).get(BASE + path, "Authorization", credentials);
    }

    public WebResponse put(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port.getAsInt() + BASE + path))
                .header("Content-Type", "application/json")
                .header("Authorization", credentials)
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new WebResponse(response.statusCode(), response.body(), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public WebResponse upload(String path, byte[] photo) {
        return new WebSession(port.getAsInt())
                .upload(BASE + path, Map.of(), "photo", "site.jpg", "image/jpeg", photo, "Authorization", credentials);
    }

    public byte[] download(String path) {
        return new WebSession(port.getAsInt()).download(path, "Authorization", credentials);
    }

    public static JsonNode json(WebResponse response, int expected) {
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }
}
