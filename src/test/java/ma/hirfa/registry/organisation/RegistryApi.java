package ma.hirfa.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntSupplier;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The register's JSON API as one user (HTTP Basic) calls it, with the steps the tests repeat. */
final class RegistryApi {

    static final String COOPERATIVES = "/api/v1/registry/cooperatives";
    static final String ENTERPRISES = "/api/v1/registry/enterprises";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IntSupplier port;
    private final String credentials;

    /** The port is asked for at each call: tests create their clients before Spring injects it. */
    RegistryApi(IntSupplier port, String username) {
        this.port = port;
        this.credentials = WebSession.basic(username, "demo1234");
    }

    WebResponse post(String path, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = credentials;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return new WebSession(port.getAsInt()).postJson(path, body, all);
    }

    WebResponse delete(String path) {
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create("http://localhost:" + port.getAsInt() + path))
                                    .header("Authorization", credentials)
                                    .DELETE()
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            return new WebResponse(response.statusCode(), response.body(), response.headers());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    WebResponse get(String path) {
        return new WebSession(port.getAsInt()).get(path, "Authorization", credentials);
    }

    WebResponse step(String base, long id, String action, String... headers) {
        return post(base + "/" + id + "/" + action, "{\"reason\":\"Motif\"}", headers);
    }

    WebResponse addMember(String base, long id, long artisanId, String role, String... headers) {
        return post(base + "/" + id + "/members", OrganisationFixtures.member(artisanId, role), headers);
    }

    long create(String base, String body) {
        return json(post(base, body), 201).get("id").asLong();
    }

    /** A new artisan's file in the province, left as a draft. */
    long draftArtisan(String province) {
        return create("/api/v1/registry/artisans", OrganisationFixtures.weaverIn(province));
    }

    /** A new artisan recorded and submitted by this user, then approved by {@code reviewer}. */
    long registeredArtisan(String province, RegistryApi reviewer) {
        long id = draftArtisan(province);
        json(post("/api/v1/registry/artisans/" + id + "/submit", "{}"), 200);
        json(reviewer.post("/api/v1/registry/artisans/" + id + "/approve", "{}"), 200);
        return id;
    }

    static JsonNode json(WebResponse response, int expected) {
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }
}
