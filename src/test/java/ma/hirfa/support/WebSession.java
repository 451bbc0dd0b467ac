package ma.hirfa.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for a running Hirfa: keeps cookies, never follows redirects, and sends the
 * CSRF token of the last page it read with every form, as a real browser would.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String csrf;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static WebSession loggedIn(int port, String username) {
        WebSession session = new WebSession(port);
        WebResponse response = session.login(username, "demo1234");
        if (response.status() != 302 || response.location().contains("error")) {
            throw new IllegalStateException("login of " + username + " failed: " + response.location());
        }
        return session;
    }

    public WebResponse login(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    public WebResponse get(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        boolean acceptGiven = false;
        for (int i = 0; i < headers.length; i += 2) {
            acceptGiven |= headers[i].equalsIgnoreCase("Accept");
        }
        if (!path.startsWith("/api/") && !acceptGiven) {
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Posts a form with the CSRF token of the last page read. */
    public WebResponse post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.putIfAbsent("_csrf", csrf);
        }
        return postWithoutToken(path, fields);
    }

    public WebResponse postWithoutToken(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public WebResponse postJson(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /**
     * Any method with any body (null for none) and content type, as a tool probing the API would send it, with
     * extra headers (name, value, ...).
     */
    public WebResponse request(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public WebResponse delete(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).DELETE();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** The body of a GET as bytes (PDFs), or an exception naming the status when it is not 200. */
    public byte[] download(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String username, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Posts a multipart form with one file (sent as text/csv), with the CSRF token of the last page read. */
    public WebResponse upload(String path, Map<String, String> fields, String fileField, String fileName, byte[] file) {
        return upload(path, fields, fileField, fileName, "text/csv", file);
    }

    /**
     * Posts a multipart form with one file of the given declared type, with the CSRF token of the last page
     * read and any extra headers (name, value, ...), e.g. for the API.
     */
    public WebResponse upload(
            String path,
            Map<String, String> fields,
            String fileField,
            String fileName,
            String contentType,
            byte[] file,
            String... headers) {
        String boundary = "----hirfa" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        all.forEach((name, value) -> write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Gives another client this session's cookies, as when a load balancer sends the user elsewhere. */
    public void copyCookiesTo(WebSession other, int otherPort) {
        cookies.getCookieStore()
                .getCookies()
                .forEach(c -> other.cookies.getCookieStore().add(URI.create("http://localhost:" + otherPort), c));
    }

    private WebResponse send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new WebResponse(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
