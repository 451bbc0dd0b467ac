package ma.hirfa.platform.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 item 6: a multipart body that cannot be read (truncated, without or with another boundary, a part over
 * the limit, sent where JSON is expected) is the caller's mistake: a translated 4xx, problem+json on the API and
 * the 4xx page on pages, on any endpoint, and nothing is written. The part limit is lowered here so that a test
 * can exceed it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "hirfa.demo=false",
            "spring.servlet.multipart.max-file-size=64KB",
            "spring.servlet.multipart.max-request-size=256KB"
        })
class BrokenMultipartIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String AGENT = WebSession.basic("agent.draa", "demo1234");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void brokenMultipartBodiesOnTheApiAreTranslatedProblemsAndNothingIsWritten() {
        long id = RegistryFixtures.artisanIn("587").registered(port);
        String documents = "/api/v1/registry/artisans/" + id + "/documents";

        for (Broken broken : Broken.values()) {
            if (broken == Broken.WHOLE) {
                continue;
            }
            HttpResponse<String> answer = send(documents, broken, "Authorization", AGENT, "Accept-Language", "ar");
            assertThat(answer.statusCode()).as(broken + ": " + answer.body()).isBetween(400, 499);
            assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                    .as(broken.name())
                    .startsWith("application/problem+json");
            assertThat(answer.body()).as(broken.name()).containsPattern("[\\u0600-\\u06FF]");
        }
        // A JSON endpoint given a multipart body, broken or whole.
        for (Broken broken : new Broken[] {Broken.TRUNCATED, Broken.WHOLE, Broken.NO_BOUNDARY}) {
            HttpResponse<String> answer =
                    send("/api/v1/registry/artisans", broken, "Authorization", AGENT, "Accept-Language", "fr");
            assertThat(answer.statusCode()).as(broken + ": " + answer.body()).isBetween(400, 499);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(jdbc.queryForObject("select count(*) from reg_document where artisan_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void brokenMultipartBodiesOnPagesAnswerTheTranslated4xxPage() {
        long id = RegistryFixtures.artisanIn("587").registered(port);
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        Matcher token =
                CSRF.matcher(agent.get("/registry/artisans/" + id + "?lang=ar").body());
        assertThat(token.find()).isTrue();
        String cookie = "HIRFA_SESSION=" + agent.cookie("HIRFA_SESSION");

        // A page upload, a page form that takes no file, and the import upload of the platform.
        for (String page : new String[] {
            "/registry/artisans/" + id + "/documents", "/registry/artisans/" + id + "/requests", "/transfer/imports"
        }) {
            for (Broken broken : Broken.values()) {
                if (broken == Broken.WHOLE) {
                    continue;
                }
                HttpResponse<String> answer = send(
                        page + "?_csrf=" + token.group(1),
                        broken,
                        "Cookie",
                        cookie,
                        "Accept",
                        "text/html",
                        "Accept-Language",
                        "ar");
                assertThat(answer.statusCode())
                        .as(page + " " + broken + ": " + answer.body())
                        .isBetween(300, 499);
                if (answer.statusCode() >= 400) {
                    assertThat(answer.body()).as(page + " " + broken).contains("lang=\"ar\"", "id=\"bad-request\"");
                }
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from reg_document where artisan_id = ?", Integer.class, id))
                .isZero();
    }

    /** Ways a multipart body can be wrong (and one right one, for the JSON endpoint). */
    enum Broken {
        TRUNCATED,
        NO_BOUNDARY,
        OTHER_BOUNDARY,
        PART_TOO_LARGE,
        GARBAGE,
        WHOLE
    }

    private HttpResponse<String> send(String path, Broken broken, String... headers) {
        String boundary = "----hirfa" + System.nanoTime();
        byte[] file = broken == Broken.PART_TOO_LARGE ? new byte[100 * 1024] : pdf();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\""
                        + "\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        String type = "multipart/form-data; boundary=" + boundary;
        switch (broken) {
            case TRUNCATED -> bytes = java.util.Arrays.copyOf(bytes, bytes.length / 2);
            case NO_BOUNDARY -> type = "multipart/form-data";
            case OTHER_BOUNDARY -> type = "multipart/form-data; boundary=somethingelse";
            case GARBAGE -> bytes = "\u0000\u0001not multipart at all".getBytes(StandardCharsets.UTF_8);
            default -> {}
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type)
                .headers(headers)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }
}
