package ma.hirfa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.ApiTokens;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.platform.account.UserAccountRepository;
import ma.hirfa.platform.layout.MainPages;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.OpenApiOperations;
import ma.hirfa.support.OpenApiOperations.Operation;
import ma.hirfa.support.WebResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The access matrix of issue 13 (ADR 0045): every operation of the OpenAPI description and every main, list and
 * show page, called by every role (an artisan's account too, and a visitor) on a file of Drâa-Tafilalet and one of
 * Fès-Meknès. Fails on a 2xx the rules of {@link AccessRules} refuse, on any answer carrying a marker of data the
 * caller may not see, on audit records of health data for those who may not read it, and on any 500. Writes are
 * sent with an empty body, after every read, refused callers first. The table is written to
 * {@code target/security-matrix.txt}.
 */
// The two proofs write hostile rows in every table: they share a context, and so a database, of their own.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hirfa.demo=false", "hirfa.test.context=security-proofs"})
class AccessMatrixIT {

    /** Show and list pages of each module beyond {@link MainPages}; variables are filled as for the API. */
    private static final List<String> PAGES = List.of(
            "/registry/artisans/{id}",
            "/registry/artisans/{id}/edit",
            "/registry/artisans/{id}/export.json",
            "/registry/artisans/{id}/card.pdf",
            "/registry/organisations",
            "/registry/organisations/{id}",
            "/coverage/artisans/{id}",
            "/coverage/retroactive",
            "/coverage/retroactive/letters/{artisanId}",
            "/coverage/dashboard",
            "/coverage/parameters",
            "/coverage/reconciliation",
            "/training/sessions",
            "/training/sessions/{id}",
            "/training/sessions/{id}/attendance",
            "/apprenticeship/contracts/{id}",
            "/vae/applications/{id}",
            "/vae/juries",
            "/vae/juries/{id}",
            "/calls/{id}",
            "/calls/{id}/committee",
            "/calls/{id}/apply",
            "/infrastructure/complexes/{id}",
            "/infrastructure/complexes/{id}/units",
            "/infrastructure/complexes/{id}/leases",
            "/infrastructure/projects/{id}",
            "/infrastructure/units/{id}",
            "/infrastructure/leases/{id}",
            "/admin/audit");

    /** A refused caller told the body is wrong: the permission must be checked first (403/404, issue 13 item 8). */
    static final String BEFORE_PERMISSION = "400 before the permission check";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository accountRepository;

    @Autowired
    ApiTokens tokens;

    @Test
    void noAnswerRevealsDataAcrossRegionOrRoleAndNoneFails() throws IOException {
        PlatformFixtures.staff(accounts);
        List<RegionData> regions = List.of(RegionData.of(port, "08"), RegionData.of(port, "03"));
        List<Caller> callers = callers();
        OpenApiOperations docs = OpenApiOperations.of(port);

        List<MatrixRow> rows = new ArrayList<>();
        for (Operation operation : docs.all()) {
            boolean byType = docs.queryNames(operation).contains("entityType");
            rows.addAll(MatrixRow.of(operation, regions, docs.requiredQuery(operation), false, byType));
        }
        Stream.concat(MainPages.ALL.stream().map(MainPages::path), PAGES.stream())
                .distinct()
                .forEach(page ->
                        rows.addAll(MatrixRow.of(Operation.get(page), regions, "", true, page.equals("/admin/audit"))));
        rows.sort(Comparator.comparing(MatrixRow::writes)
                .thenComparing(r -> r.method().equals("DELETE"))
                .thenComparing(r -> !r.page()));

        Map<MatrixRow, Map<String, String>> table = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        List<String> knownSeen = new ArrayList<>();
        List<String> adminBodies = new ArrayList<>();
        for (MatrixRow row : rows) {
            Map<String, String> cells = new LinkedHashMap<>();
            callers.forEach(c -> cells.put(c.name(), ""));
            // Refused callers first, so that an allowed write cannot change what a refused one finds.
            List<Caller> order = callers.stream()
                    .sorted(Comparator.comparing(c -> AccessRules.mayReach(c, row)))
                    .toList();
            for (Caller caller : order) {
                WebResponse response = call(caller, row);
                List<String> problems = judge(caller, row, response, regions);
                String cell = String.valueOf(response.status());
                boolean failed = false;
                for (String problem : problems) {
                    KnownFailures.Known known =
                            KnownFailures.find(row.method(), row.path(), caller.name() + " " + problem);
                    if (known == null) {
                        failures.add(row.label() + " as " + caller.name() + " → " + response.status() + ": " + problem);
                        failed = true;
                    } else {
                        knownSeen.add(known.why());
                    }
                }
                cell += failed ? "!" : problems.isEmpty() ? "" : "~";
                cells.put(caller.name(), cell);
                if (caller.role() == Role.ADMIN && response.status() == 200) {
                    adminBodies.add(response.body());
                }
            }
            table.put(row, cells);
        }
        write(table, callers, failures, knownSeen);

        // The markers are where the checks look: every one must reach the administrator, or a leak would go unseen.
        String adminSaw = String.join("\n", adminBodies);
        for (RegionData data : regions) {
            assertThat(adminSaw)
                    .as("answers to the administrator")
                    .contains(data.markers())
                    .contains(data.healthMarkers());
        }
        assertThat(adminSaw).as("audit records of health data, by API").contains("\"entityType\":\"CoverageClaim\"");

        assertThat(rows.stream().filter(r -> !r.page()).count())
                .as("operations read from /v3/api-docs")
                .isGreaterThan(50);
        assertThat(failures)
                .as("answers revealing data across region or role, or failing (see target/security-matrix.txt)")
                .isEmpty();
    }

    /** Every role in Drâa-Tafilalet, the national ones, an artisan with an account (own file) and a visitor. */
    private List<Caller> callers() {
        long own = RegistryFixtures.artisanIn("401").registered(port);
        String artisan = "matrix.artisan." + own;
        String password = accounts.createArtisanAccount(artisan, "Artisane de la matrice", own, "08")
                .orElseThrow();
        String demo = PlatformFixtures.PASSWORD;
        return List.of(
                Caller.anonymous(port),
                Caller.of(port, artisan, password, Role.ARTISAN, "08", token(artisan)),
                Caller.of(port, "ministry", demo, Role.MINISTRY, null, token("ministry")),
                Caller.of(port, "field.draa", demo, Role.FIELD_AGENT, "08", token("field.draa")),
                Caller.of(port, "agent.draa", demo, Role.CHAMBER_AGENT, "08", token("agent.draa")),
                Caller.of(port, "manager.draa", demo, Role.CHAMBER_MANAGER, "08", token("manager.draa")),
                Caller.of(port, "coverage.draa", demo, Role.COVERAGE_OFFICER, "08", token("coverage.draa")),
                Caller.of(port, "admin", demo, Role.ADMIN, null, token("admin")));
    }

    private String token(String username) {
        return tokens.issue(
                accountRepository.findByUsername(username).orElseThrow().id(), "access matrix");
    }

    private static WebResponse call(Caller caller, MatrixRow row) {
        if (row.page()) {
            return caller.browser().get(row.url());
        }
        if (!row.writes()) {
            return caller.api()
                    .request("GET", row.url(), null, null, caller.auth("Accept", "application/json, */*;q=0.5"));
        }
        if (row.multipart()) {
            String boundary = "matrixboundary";
            byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx\r\n--"
                            + boundary + "--\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            return caller.api()
                    .request(
                            row.method(),
                            row.url(),
                            "multipart/form-data; boundary=" + boundary,
                            body,
                            caller.auth("Accept", "application/json"));
        }
        return caller.api()
                .request(
                        row.method(),
                        row.url(),
                        "application/json",
                        "{}".getBytes(StandardCharsets.UTF_8),
                        caller.auth("Accept", "application/json"));
    }

    private static List<String> judge(Caller caller, MatrixRow row, WebResponse response, List<RegionData> regions) {
        List<String> problems = new ArrayList<>();
        int status = response.status();
        if (status >= 500) {
            problems.add("server error");
        }
        if (AccessRules.showsStackTrace(response.body())) {
            problems.add("stack trace in the answer");
        }
        if (status >= 200 && status < 300 && !AccessRules.mayReach(caller, row)) {
            problems.add("2xx where the rules refuse");
        }
        if ((status == 400 || status == 422)
                && caller.role() != null
                && !row.unknownId()
                && !AccessRules.mayReach(caller, row)) {
            problems.add(BEFORE_PERMISSION);
        }
        for (String marker : AccessRules.forbiddenMarkers(caller, regions)) {
            if (response.body().contains(marker)) {
                problems.add("shows '" + marker + "'");
            }
        }
        if (row.healthAuditType() != null
                && !AccessRules.mayReadHealthAudit(caller)
                && response.body().contains("\"entityType\":\"" + row.healthAuditType() + "\"")) {
            problems.add("audit records of health data");
        }
        return problems;
    }

    private static void write(
            Map<MatrixRow, Map<String, String>> table, List<Caller> callers, List<String> failures, List<String> known)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("Access matrix (AccessMatrixIT, ADR 0045): HTTP status per request and caller.\n")
                .append("Region = region of the files named in the path (08 Draa-Tafilalet, 03 Fes-Meknes, - none);")
                .append(" regional callers are of 08.\n")
                .append("'!' = failure (listed at the end), '~' = known failure skipped (KnownFailures).\n\n");
        out.append(String.format("%-7s %-3s %-75s", "method", "reg", "request"));
        callers.forEach(c -> out.append(String.format(" %7s", shortName(c.name()))));
        out.append('\n');
        table.forEach((row, cells) -> {
            String what = (row.page() ? "page " : "") + row.url();
            out.append(String.format("%-7s %-3s %-75s", row.method(), row.region() == null ? "-" : row.region(), what));
            cells.values().forEach(cell -> out.append(String.format(" %7s", cell)));
            out.append('\n');
        });
        out.append("\nFailures (").append(failures.size()).append("):\n");
        failures.forEach(f -> out.append("  ").append(f).append('\n'));
        out.append("\nKnown failures skipped (KnownFailures), by diagnosis:\n");
        known.stream()
                .collect(Collectors.groupingBy(k -> k, LinkedHashMap::new, Collectors.counting()))
                .forEach((why, count) -> out.append(String.format("  %4d × %s%n", count, why)));
        Path file = Path.of("target", "security-matrix.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    private static String shortName(String name) {
        return name.startsWith("matrix.artisan") ? "artisan" : name.replace(".draa", "");
    }
}
