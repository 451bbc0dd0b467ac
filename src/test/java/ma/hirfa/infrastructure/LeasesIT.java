package ma.hirfa.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.PdfLayout;
import ma.hirfa.support.PdfText;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Units and leases through the API: the overlap rule, who may hold a lease, arrears, the region scope. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class LeasesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate START = LocalDate.now().plusDays(10);
    private static final LocalDate END = START.plusYears(3).minusDays(1);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    /** Registered artisans of Ouarzazate (province 401), made once per run. */
    private static List<Long> artisans;

    private static long complex;

    @BeforeEach
    void data() {
        PlatformFixtures.staff(accounts);
        if (artisans == null) {
            List<Long> made = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                made.add(RegistryFixtures.artisanIn("401").registered(port));
            }
            artisans = made;
            complex = UnitFixtures.complexIn(port, "401");
        }
    }

    @Test
    void aLeaseIsMadeWithItsMonthlyScheduleAndTheUnitIsNoLongerVacant() {
        long unit = UnitFixtures.unit(port, "agent.draa", complex, "A-01", 0, "SHOP", 1200);
        assertThat(units(complex).toString()).contains("\"vacantSince\":\"" + LocalDate.now() + "\"");

        WebResponse created = UnitFixtures.postLease(
                port, "agent.draa", unit, UnitFixtures.lease(artisans.get(0), START, END, "1200"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode lease = JSON.readTree(created.body());
        assertThat(created.location())
                .endsWith("/api/v1/infrastructure/leases/" + lease.get("id").asLong());
        assertThat(lease.get("dues")).hasSize(36);
        assertThat(lease.get("deposit").decimalValue()).isEqualByComparingTo("2400");
        assertThat(lease.get("arrears").decimalValue()).isEqualByComparingTo("0");
        JsonNode listed = unit(complex, "A-01");
        assertThat(listed.get("status").asString()).isEqualTo("RESERVED");
        assertThat(listed.get("vacantSince").isNull()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from plat_audit_record where entity_type = 'InfrastructureLease' and entity_id = ?",
                        Long.class,
                        lease.get("id").asString()))
                .isEqualTo(1);
    }

    @Test
    void aUnitIsNeverLeasedTwiceForDaysThatOverlapButMayBeLeasedAfterTheEnd() {
        long unit = UnitFixtures.unit(port, "agent.draa", complex, "A-02", 0, "WORKSHOP", 900);
        assertThat(UnitFixtures.postLease(
                                port, "agent.draa", unit, UnitFixtures.lease(artisans.get(1), START, END, "900"))
                        .status())
                .isEqualTo(201);

        WebResponse overlap = UnitFixtures.postLease(
                port, "agent.draa", unit, UnitFixtures.lease(artisans.get(2), END, END.plusYears(1), "900"));
        WebResponse after = UnitFixtures.postLease(
                port,
                "agent.draa",
                unit,
                UnitFixtures.lease(artisans.get(2), END.plusDays(1), END.plusYears(1), "900"));

        assertThat(overlap.status()).as(overlap.body()).isEqualTo(409);
        assertThat(overlap.header("Content-Type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(overlap.body()).get("detail").asString())
                .contains("A-02")
                .contains("déjà loué");
        assertThat(after.status()).as(after.body()).isEqualTo(201);
    }

    @Test
    void onlyARegisteredArtisanOfTheComplexsRegionMayHoldALease() {
        long unit = UnitFixtures.unit(port, "agent.draa", complex, "A-03", 0, "SHOP", 800);
        long draft = RegistryFixtures.artisanIn("401").draft(port);
        long suspended = RegistryFixtures.artisanIn("401").suspended(port);
        long struckOff = RegistryFixtures.artisanIn("401").registered(port);
        jdbc.update("update reg_artisan set status = 'STRUCK_OFF' where id = ?", struckOff);
        long fes = RegistryFixtures.artisanIn("231").registered(port);
        long before = leases();

        WebResponse unregistered =
                UnitFixtures.postLease(port, "agent.draa", unit, UnitFixtures.lease(draft, START, END, "800"));
        WebResponse onHold =
                UnitFixtures.postLease(port, "agent.draa", unit, UnitFixtures.lease(suspended, START, END, "800"));
        WebResponse removed =
                UnitFixtures.postLease(port, "agent.draa", unit, UnitFixtures.lease(struckOff, START, END, "800"));
        WebResponse elsewhere = UnitFixtures.postLease(port, "admin", unit, UnitFixtures.lease(fes, START, END, "800"));
        WebResponse unknown =
                UnitFixtures.postLease(port, "agent.draa", unit, UnitFixtures.lease(fes, START, END, "800"));

        assertThat(unregistered.status()).isEqualTo(409);
        assertThat(error(unregistered, "artisanId")).contains("n’est pas immatriculé");
        assertThat(onHold.status()).isEqualTo(409);
        assertThat(error(onHold, "artisanId")).contains("suspendue");
        assertThat(removed.status()).isEqualTo(409);
        assertThat(error(removed, "artisanId")).contains("radié");
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(error(elsewhere, "artisanId")).contains("pas de la région du complexe");
        assertThat(unknown.status())
                .as("an artisan of Fès is not found by an agent of Drâa")
                .isEqualTo(400);
        assertThat(leases()).isEqualTo(before);
        assertThat(unit(complex, "A-03").get("status").asString()).isEqualTo("VACANT");
    }

    @Test
    void aCooperativeStillBeingRegisteredMayNotHoldALeaseYet() {
        long unit = UnitFixtures.unit(port, "agent.draa", complex, "A-09", 0, "WORKSHOP", 900);
        WebResponse cooperative = new WebSession(port)
                .postJson(
                        "/api/v1/registry/cooperatives",
                        "{\"nameAr\":\"تعاونية الواحة للنسيج\",\"nameFr\":\"Coopérative de l’Oasis\","
                                + "\"crafts\":[\"P02\"],\"addressLine\":\"Ksar Tinzouline\",\"provinceCode\":\"401\"}",
                        "Authorization",
                        WebSession.basic("agent.draa", "demo1234"));
        assertThat(cooperative.status()).as(cooperative.body()).isEqualTo(201);

        WebResponse refused = UnitFixtures.postLease(port, "agent.draa", unit, """
                {"organisationId":%d,"startsOn":"%s","endsOn":"%s"}""".formatted(
                        JSON.readTree(cooperative.body()).get("id").asLong(), START, END));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(error(refused, "organisationId"))
                .contains("Coopérative de l’Oasis")
                .contains("immatriculé");
    }

    @Test
    void arrearsAreTheDuesFallenUpToTodayLessThePaymentsAndATerminatedLeaseTakesNoPayment() {
        long unit = UnitFixtures.unit(port, "agent.draa", complex, "A-04", 0, "SHOP", 1000);
        LocalDate start = LocalDate.now().minusMonths(2).minusDays(1);
        long lease = id(UnitFixtures.postLease(
                port, "agent.draa", unit, UnitFixtures.lease(artisans.get(3), start, start.plusYears(2), "1000")));
        assertThat(unit(complex, "A-04").get("status").asString()).isEqualTo("ALLOCATED");

        JsonNode paid = JSON.readTree(post("/leases/" + lease + "/payments", """
                {"paidOn":"%s","amount":1000,"reference":"R-1"}""".formatted(LocalDate.now()))
                .body());

        assertThat(paid.get("dueToDate").decimalValue()).isEqualByComparingTo("3000");
        assertThat(paid.get("arrears").decimalValue()).isEqualByComparingTo("2000");
        assertThat(status(post("/leases/" + lease + "/payments", """
                {"paidOn":"%s","amount":-5}""".formatted(LocalDate.now()))))
                .isEqualTo(400);
        assertThat(status(post("/leases/" + lease + "/payments", """
                {"paidOn":"%s","amount":5000000}""".formatted(LocalDate.now()))))
                .isEqualTo(400);
        assertThat(status(post("/leases/" + lease + "/payments", """
                {"paidOn":"3026-01-01","amount":100}"""))).isEqualTo(400);
        assertThat(status(post("/leases/" + lease + "/payments", """
                {"paidOn":"%s","amount":100}""".formatted(
                                LocalDate.now().plusDays(2)))))
                .isEqualTo(400);

        LocalDate last = LocalDate.now().plusDays(20);
        WebResponse ended = post("/leases/" + lease + "/termination", """
                {"reason":"ARREARS","noticeOn":"%s","endsOn":"%s"}""".formatted(LocalDate.now(), last));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(JSON.readTree(ended.body()).get("status").asString()).isEqualTo("TERMINATED");
        assertThat(JSON.readTree(ended.body()).get("arrears").decimalValue()).isEqualByComparingTo("2000");
        assertThat(unit(complex, "A-04").get("vacantSince").asString())
                .isEqualTo(last.plusDays(1).toString());
        WebResponse late = post("/leases/" + lease + "/payments", """
                {"paidOn":"%s","amount":2000}""".formatted(LocalDate.now()));
        assertThat(late.status()).isEqualTo(409);
        assertThat(JSON.readTree(late.body()).get("detail").asString()).contains("résilié");
        assertThat(jdbc.queryForObject(
                        "select count(*) from infra_lease_payment where lease_id = ?", Long.class, lease))
                .isEqualTo(1);
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        assertThat(manager.get("/infrastructure/complexes/" + complex + "/leases?show=IN_ARREARS&lang=fr")
                        .body())
                .contains(">A-04<")
                .contains("id=\"total-arrears\"")
                .doesNotContain(">A-01<");
        assertThat(manager.get("/infrastructure/complexes/" + complex + "/leases?show=ACTIVE&lang=fr")
                        .body())
                .doesNotContain(">A-04<");
    }

    @Test
    void aRenewalAddsTheMonthsAfterTheOldEndAtTheNewRent() {
        long unit = UnitFixtures.unit(port, "agent.draa", complex, "A-05", 0, "SHOWROOM", 1500);
        long lease = id(UnitFixtures.postLease(
                port,
                "agent.draa",
                unit,
                UnitFixtures.lease(artisans.get(4), START, START.plusYears(1).minusDays(1), "1500")));

        WebResponse renewed = post("/leases/" + lease + "/renewal", """
                {"endsOn":"%s","monthlyRent":1650}""".formatted(
                        START.plusYears(2).minusDays(1)));

        JsonNode body = JSON.readTree(renewed.body());
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        assertThat(body.get("dues")).hasSize(24);
        assertThat(body.get("dues").get(12).get("amount").decimalValue()).isEqualByComparingTo("1650");
        assertThat(body.get("renewals").asInt()).isEqualTo(1);
        assertThat(status(post("/leases/" + lease + "/renewal", """
                {"endsOn":"%s"}""".formatted(START.plusMonths(3)))))
                .isEqualTo(400);
        assertThat(status(post("/leases/" + lease + "/keys", """
                {"handedOn":"%s","handedTo":"Fatima Ait Ali"}""".formatted(START))))
                .isEqualTo(200);
    }

    @Test
    void badDatesAndAmountsAreRefusedByField() {
        long unit = UnitFixtures.unit(port, "agent.draa", complex, "A-06", 0, "STORAGE", 300);

        WebResponse farYear = UnitFixtures.postLease(
                port, "agent.draa", unit, UnitFixtures.lease(artisans.get(5), START, LocalDate.of(2400, 1, 1), "300"));
        WebResponse backwards = UnitFixtures.postLease(
                port, "agent.draa", unit, UnitFixtures.lease(artisans.get(5), START, START.minusDays(1), "300"));
        WebResponse tooLong = UnitFixtures.postLease(
                port, "agent.draa", unit, UnitFixtures.lease(artisans.get(5), START, START.plusYears(30), "300"));
        WebResponse negative = UnitFixtures.postLease(
                port, "agent.draa", unit, UnitFixtures.lease(artisans.get(5), START, END, "-300"));
        WebResponse absurd = UnitFixtures.postLease(
                port, "agent.draa", unit, UnitFixtures.lease(artisans.get(5), START, END, "9000000"));

        assertThat(error(farYear, "endsOn")).contains("1900").contains("2100");
        assertThat(error(backwards, "endsOn")).contains("suivre le début");
        assertThat(error(tooLong, "endsOn")).contains("10 ans");
        assertThat(error(negative, "monthlyRent")).contains("100");
        assertThat(error(absurd, "monthlyRent")).contains("100");
        assertThat(unit(complex, "A-06").get("status").asString()).isEqualTo("VACANT");
    }

    @Test
    void managersSeeTheirRegionOnlyAndTheMinistryReadsEverythingButWritesNothing() {
        long unit = UnitFixtures.unit(port, "agent.draa", complex, "A-07", 0, "SHOP", 700);

        assertThat(new WebSession(port)
                        .get(
                                "/api/v1/infrastructure/complexes/" + complex + "/units",
                                "Authorization",
                                WebSession.basic("agent.fes", "demo1234"))
                        .status())
                .isEqualTo(404);
        assertThat(UnitFixtures.postLease(
                                port, "manager.fes", unit, UnitFixtures.lease(artisans.get(6), START, END, "700"))
                        .status())
                .isEqualTo(404);
        assertThat(new WebSession(port)
                        .get(
                                "/api/v1/infrastructure/complexes/" + complex + "/units",
                                "Authorization",
                                WebSession.basic("ministry", "demo1234"))
                        .body())
                .contains("\"number\":\"A-07\"");
        assertThat(UnitFixtures.postLease(
                                port, "ministry", unit, UnitFixtures.lease(artisans.get(6), START, END, "700"))
                        .status())
                .isEqualTo(403);
        assertThat(WebSession.loggedIn(port, "agent.fes")
                        .get("/infrastructure/complexes/" + complex + "/floor-plan")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void tenAgentsLeasingTheLastVacantUnitAtOnceLeaveExactlyOneWinner() throws Exception {
        long unit = UnitFixtures.unit(port, "agent.draa", complex, "A-08", 0, "SHOP", 1100);
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long artisan = artisans.get(6 + i);
            String user = i % 2 == 0 ? "agent.draa" : "manager.draa";
            posts.add(() -> UnitFixtures.postLease(port, user, unit, UnitFixtures.lease(artisan, START, END, "1100"))
                    .status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> answer : pool.invokeAll(posts)) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 201).hasSize(9).containsOnly(409);
        assertThat(jdbc.queryForObject("select count(*) from infra_lease where unit_id = ?", Long.class, unit))
                .isEqualTo(1);
    }

    @Test
    void theContractPdfNamesTheHolderAndTheUnitInArabicAndFrenchAndFitsItsPage() {
        long unit = UnitFixtures.unit(port, "agent.draa", complex, "B-01", 1, "WORKSHOP", 950);
        JsonNode lease = JSON.readTree(
                UnitFixtures.postLease(port, "agent.draa", unit, UnitFixtures.lease(artisans.get(5), START, END, "950"))
                        .body());

        byte[] pdf = new WebSession(port)
                .download(
                        "/api/v1/infrastructure/leases/" + lease.get("id").asLong() + "/contract.pdf",
                        "Authorization",
                        WebSession.basic("agent.draa", "demo1234"));

        assertThat(PdfText.of(pdf))
                .contains("Contrat de bail")
                .contains("عقد كراء")
                .contains("B-01")
                .contains("Atelier")
                .contains(latin(lease.get("holderName").asString()))
                .contains(START.toString())
                .contains("Royaume du Maroc");
        PdfLayout layout = PdfLayout.screenshot(pdf, "lease-contract-ar-fr")
                .assertInsidePages()
                .assertInsideFrame(9.5f)
                .assertNothingOverlaps();
        assertThat(layout.lines().stream().map(PdfLayout.Line::page).distinct())
                .as("one page")
                .hasSize(1);
    }

    @Test
    void theFloorPlanDrawsEachUnitWithItsNumberAsIdAndItsStatusAsClass() {
        long other = UnitFixtures.complexIn(port, "401");
        long leased = UnitFixtures.unit(port, "agent.draa", other, "C-01", 0, "SHOP", 500);
        UnitFixtures.unit(port, "agent.draa", other, "C-02", 0, "SHOP", 500);
        UnitFixtures.unit(port, "agent.draa", other, "D-01", 1, "STORAGE", 200);
        UnitFixtures.postLease(
                port,
                "agent.draa",
                leased,
                UnitFixtures.lease(artisans.get(4), LocalDate.now().minusDays(3), END, "500"));

        String plan = WebSession.loggedIn(port, "agent.draa")
                .get("/infrastructure/complexes/" + other + "/floor-plan?lang=fr")
                .body();

        assertThat(plan)
                .containsPattern("<rect id=\"C-01\" class=\"unit unit-allocated\"")
                .containsPattern("<rect id=\"C-02\" class=\"unit unit-vacant\"")
                .containsPattern("<rect id=\"D-01\" class=\"unit unit-vacant\"")
                .contains("Étage 0")
                .contains("Étage 1")
                .doesNotContain("style=");
        String list = WebSession.loggedIn(port, "agent.draa")
                .get("/infrastructure/complexes/" + other + "/units?status=VACANT&lang=fr")
                .body();
        assertThat(list)
                .contains("C-02")
                .contains("D-01")
                .doesNotContain(">C-01<")
                .contains("id=\"occupancy\"");
    }

    private JsonNode units(long complexId) {
        return JSON.readTree(new WebSession(port)
                .get(
                        "/api/v1/infrastructure/complexes/" + complexId + "/units",
                        "Authorization",
                        WebSession.basic("agent.draa", "demo1234"))
                .body());
    }

    private JsonNode unit(long complexId, String number) {
        for (JsonNode u : units(complexId)) {
            if (u.get("number").asString().equals(number)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + number);
    }

    private WebResponse post(String path, String json) {
        return new WebSession(port)
                .postJson(
                        "/api/v1/infrastructure" + path,
                        json,
                        "Authorization",
                        WebSession.basic("agent.draa", "demo1234"),
                        "Accept-Language",
                        "fr");
    }

    private long leases() {
        return jdbc.queryForObject("select count(*) from infra_lease", Long.class);
    }

    private static long id(WebResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }

    /** The Latin half of a name written "Arabic — Latin" (text extraction reorders mixed directions). */
    private static String latin(String name) {
        return name.substring(name.indexOf('—') + 1).strip();
    }

    private static int status(WebResponse response) {
        return response.status();
    }

    private static String error(WebResponse response, String field) {
        for (JsonNode e : JSON.readTree(response.body()).get("errors")) {
            if (field.equals(e.get("field").asString())) {
                return e.get("message").asString();
            }
        }
        throw new AssertionError("no error on " + field + " in " + response.body());
    }
}
