package ma.hirfa.platform.transfer;

import java.io.BufferedReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The generator's file imported through the pages, over HTTP only, as a person with a browser would
 * (docs/benchmarks.md, "1 M rows through the UI"): sign in with the login form, upload the file on the import
 * page, read the status fragment that the page's progress bar polls until the dry run ends, read the row
 * report, press "commit", poll again until the job is committed. Prints the time of each step and the
 * progress seen on the way. The application must already run (e.g. on PostgreSQL).
 *
 * <p>The generator's activity codes ({@code C001}...) are not the nomenclature's: as a chamber would, the
 * benchmark first saves the column mapping of its source ("generator") with {@code craft_code} left out, on a
 * sample of the same file (the job page's mapping form, posted directly: the page only shows that form when a
 * required column is missing).
 *
 * <p>Arguments: {@code --file F.csv [--base http://localhost:8080] [--user admin] [--password demo1234]}.
 */
public final class UiImportBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern STATE = Pattern.compile("id=\"import-state\"[^>]*data-status=\"([A-Z_]+)\"");
    private static final Pattern STATE_ALT = Pattern.compile("data-status=\"([A-Z_]+)\"[^>]*id=\"import-state\"");
    private static final Pattern PROGRESS = Pattern.compile("aria-valuenow=\"(\\d+)\"");

    private final HttpClient client;
    private final String base;
    private String csrf;

    private UiImportBenchmark(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        Path file = Path.of(a.get("--file"));
        UiImportBenchmark ui = new UiImportBenchmark(a.getOrDefault("--base", "http://localhost:8080"));
        ui.login(a.getOrDefault("--user", "admin"), a.getOrDefault("--password", "demo1234"));

        Path sample = Files.createTempFile("hirfa-sample", ".csv");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Files.write(sample, List.of(in.readLine(), in.readLine()), StandardCharsets.UTF_8);
        }
        long sampleJob = ui.upload(sample, "generator");
        ui.post("/transfer/imports/" + sampleJob + "/mapping", Map.of("column.craft_code", "(not in this source)"));
        Files.delete(sample);

        long t0 = System.nanoTime();
        long job = ui.upload(file, "generator");
        long t1 = System.nanoTime();
        System.out.printf(
                Locale.ROOT, "upload of %.1f MB: %.2f s (job %d)%n", Files.size(file) / 1e6, (t1 - t0) / 1e9, job);
        List<Integer> dryProgress = new ArrayList<>();
        String page = ui.waitFor(job, "VALIDATED", dryProgress);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "dry run: %.2f s, progress seen %s%n", (t2 - t1) / 1e9, summary(dryProgress));
        long r0 = System.nanoTime();
        String shown = ui.get("/transfer/imports/" + job);
        long r1 = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "row report: %s rows, %s new, %s duplicate, %s invalid; job page with the report: %.0f ms, %d report"
                        + " lines shown%n",
                count(page, "import-counts", 0),
                id(page, "count-new"),
                id(page, "count-duplicate"),
                id(page, "count-invalid"),
                (r1 - r0) / 1e6,
                shown.split("<tr>", -1).length - 2);
        long c0 = System.nanoTime();
        ui.post("/transfer/imports/" + job + "/commit", Map.of());
        List<Integer> commitProgress = new ArrayList<>();
        page = ui.waitFor(job, "COMMITTED", commitProgress);
        long c1 = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "commit: %.2f s, progress seen %s, written %s%n",
                (c1 - c0) / 1e9,
                summary(commitProgress),
                id(page, "count-written"));
        System.out.printf(Locale.ROOT, "whole import through the pages: %.2f s%n", (c1 - t0) / 1e9);
    }

    private void login(String user, String password) throws Exception {
        get("/login");
        HttpResponse<String> r = post("/login", Map.of("username", user, "password", password));
        String location = r.headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            throw new IllegalStateException("login refused");
        }
    }

    private long upload(Path file, String source) throws Exception {
        get("/transfer/imports");
        String boundary = "----hirfa" + System.nanoTime();
        String head = part(boundary, "_csrf", csrf) + part(boundary, "kind", "artisans")
                + part(boundary, "source", source)
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/transfer/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", csrf)
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
                .build();
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String location = r.headers().firstValue("Location").orElse("");
        Matcher m = Pattern.compile("/transfer/imports/(\\d+)").matcher(location);
        if (r.statusCode() != 302 || !m.find()) {
            throw new IllegalStateException("upload refused: " + r.statusCode() + " " + location);
        }
        return Long.parseLong(m.group(1));
    }

    /** Polls the status fragment (what the progress bar reads, every second) until the job reaches a state. */
    private String waitFor(long job, String wanted, List<Integer> progress) throws Exception {
        while (true) {
            String fragment = get("/transfer/imports/" + job + "/status");
            Matcher s = STATE.matcher(fragment);
            Matcher s2 = STATE_ALT.matcher(fragment);
            String state = s.find() ? s.group(1) : s2.find() ? s2.group(1) : "?";
            Matcher p = PROGRESS.matcher(fragment);
            if (p.find()) {
                progress.add(Integer.parseInt(p.group(1)));
            }
            if (state.equals(wanted)) {
                return fragment;
            }
            if (state.equals("FAILED")) {
                throw new IllegalStateException("job " + job + " failed: " + fragment);
            }
            Thread.sleep(1000);
        }
    }

    private static String summary(List<Integer> progress) {
        boolean rising = true;
        for (int i = 1; i < progress.size(); i++) {
            rising &= progress.get(i) >= progress.get(i - 1);
        }
        List<Integer> distinct = progress.stream().distinct().toList();
        return distinct.size() + " distinct values over " + progress.size() + " polls, "
                + (rising ? "never going down" : "GOING DOWN") + ": "
                + distinct.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private static String id(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
        return m.find() ? m.group(1).strip() : "?";
    }

    private static String count(String page, String id, int index) {
        int at = page.indexOf("id=\"" + id + "\"");
        if (at < 0) {
            return "?";
        }
        Matcher m = Pattern.compile("<dd[^>]*>([^<]*)<").matcher(page.substring(at));
        for (int i = 0; m.find(); i++) {
            if (i == index) {
                return m.group(1).strip();
            }
        }
        return "?";
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofMinutes(1))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r.statusCode());
        }
        remember(r.body());
        return r.body();
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofMinutes(1))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 302 && r.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + ": " + r.statusCode());
        }
        remember(r.body());
        return r;
    }

    private void remember(String body) {
        Matcher token = CSRF.matcher(body);
        if (token.find()) {
            csrf = token.group(1);
        }
    }
}
