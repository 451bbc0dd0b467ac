package ma.hirfa.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls for applications made through the API, for any module's tests: open a call with the default grid, apply,
 * seat a committee member, score, publish and make final. Staff of Drâa-Tafilalet act ({@code agent.draa},
 * {@code manager.draa}, password of {@code PlatformFixtures}); each method asserts its own answer.
 */
public final class CallsFixtures {

    public static final String AGENT = WebSession.basic("agent.draa", "demo1234");
    public static final String MANAGER = WebSession.basic("manager.draa", "demo1234");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CallsFixtures() {}

    /** The body of a call of Drâa-Tafilalet offering {@code items}, open from {@code opensOn} to {@code closesOn}. */
    public static String call(String kind, long ownerId, List<String> items, LocalDate opensOn, LocalDate closesOn) {
        return """
                {"kind":"%s","ownerId":%d,"titleAr":"إعلان عن ترشيحات","titleFr":"Appel à candidatures",
                 "titleZgh":"ⴰⵙⵉⵡⵍ ⵏ ⵜⵓⵜⵔⵉⵡⵉⵏ","eligibility":"Artisans immatriculés de la région",
                 "itemRefs":[%s],"opensOn":"%s","closesOn":"%s","appealDays":10}""".formatted(
                        kind,
                        ownerId,
                        items.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(",")),
                        opensOn,
                        closesOn);
    }

    /** Drafts a call (default grid) and opens it; it takes applications today and may be closed today. */
    public static long openToday(int port, String kind, long ownerId, List<String> items) {
        long id = draft(port, call(kind, ownerId, items, LocalDate.now(), LocalDate.now()));
        ok(post(port, "/api/v1/calls/" + id + "/opening", "{}", AGENT), 200);
        return id;
    }

    public static long draft(int port, String body) {
        return ok(post(port, "/api/v1/calls", body, AGENT), 201).get("id").asLong();
    }

    /** An application by the agent for an artisan; the application's id. */
    public static long apply(int port, long callId, long artisanId, String... preferences) {
        String body = "{\"applicantKind\":\"ARTISAN\",\"applicantId\":%d,\"preferences\":[%s]}"
                .formatted(
                        artisanId,
                        List.of(preferences).stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",")));
        return ok(post(port, "/api/v1/calls/" + callId + "/applications", body, AGENT), 201)
                .get("applicationId")
                .asLong();
    }

    public static void close(int port, long callId) {
        ok(post(port, "/api/v1/calls/" + callId + "/closing", "{}", AGENT), 200);
    }

    /** Seats a user on the committee, with the artisan they are and their relatives (null or empty for none). */
    public static void member(int port, long callId, String username, Long artisanId, List<Long> relatives) {
        String body = "{\"username\":\"%s\",\"fullName\":\"%s\",\"artisanId\":%s,\"relativeIds\":[%s]}"
                .formatted(
                        username,
                        username,
                        artisanId,
                        relatives == null
                                ? ""
                                : relatives.stream().map(String::valueOf).collect(Collectors.joining(",")));
        WebResponse added = post(port, "/api/v1/calls/" + callId + "/members", body, AGENT);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    /** The member (password demo1234) declares no conflict and gives {@code score} to every default criterion. */
    public static void score(int port, long callId, long applicationId, String username, int score) {
        String member = WebSession.basic(username, "demo1234");
        String path = "/api/v1/calls/" + callId + "/applications/" + applicationId;
        WebResponse declared = post(port, path + "/declarations", "{}", member);
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        ok(post(port, path + "/scores", scores(score), member), 200);
    }

    /** Every criterion of the default grid at the same score, each justified. */
    public static String scores(int score) {
        return GridCriterion.defaults().stream()
                .map(c -> "{\"code\":\"%s\",\"score\":%d,\"justification\":\"Dossier vérifié\"}"
                        .formatted(c.code(), score))
                .collect(Collectors.joining(",", "{\"scores\":[", "]}"));
    }

    /** Publishes the results and declares the ranking final (no appeal lodged). */
    public static void publishAndFinalise(int port, long callId) {
        ok(post(port, "/api/v1/calls/" + callId + "/publication", "{}", MANAGER), 200);
        ok(post(port, "/api/v1/calls/" + callId + "/finalisation", "{}", MANAGER), 200);
    }

    public static WebResponse post(int port, String path, String body, String credentials) {
        return new WebSession(port).postJson(path, body, "Authorization", credentials, "Accept-Language", "fr");
    }

    public static WebResponse get(int port, String path, String credentials) {
        return new WebSession(port).get(path, "Authorization", credentials, "Accept-Language", "fr");
    }

    public static JsonNode ok(WebResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
