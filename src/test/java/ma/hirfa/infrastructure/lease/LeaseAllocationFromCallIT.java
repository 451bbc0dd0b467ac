package ma.hirfa.infrastructure.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import ma.hirfa.calls.CallsFixtures;
import ma.hirfa.infrastructure.UnitFixtures;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A call for a complex's units run to its final ranking, then allocated through the API and the page; a unit
 * whose lease is over turns vacant again through the hourly task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class LeaseAllocationFromCallIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LeaseDays leaseDays;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void theFinalRankingBecomesLeasesOnceAndThePageSaysWhoGotWhatAndWhoGotNothing() {
        long complex = UnitFixtures.complexIn(port, "401");
        long u1 = UnitFixtures.unit(port, "agent.draa", complex, "C-01", 0, "SHOP", 900);
        long u2 = UnitFixtures.unit(port, "agent.draa", complex, "C-02", 0, "SHOP", 950);
        long first = RegistryFixtures.artisanIn("401").registered(port);
        long second = RegistryFixtures.artisanIn("401").registered(port);
        long third = RegistryFixtures.artisanIn("401").registered(port);
        long call = CallsFixtures.openToday(port, UnitOffering.KIND, complex, List.of("" + u1, "" + u2));
        long a1 = CallsFixtures.apply(port, call, first, "" + u1, "" + u2);
        long a2 = CallsFixtures.apply(port, call, second, "" + u1, "" + u2);
        long a3 = CallsFixtures.apply(port, call, third, "" + u1);
        CallsFixtures.close(port, call);
        CallsFixtures.member(port, call, "agent.draa", null, List.of());
        CallsFixtures.score(port, call, a1, "agent.draa", 9);
        CallsFixtures.score(port, call, a2, "agent.draa", 7);
        CallsFixtures.score(port, call, a3, "agent.draa", 5);
        String body = "{\"callId\":%d,\"startsOn\":\"%s\",\"endsOn\":\"%s\"}"
                .formatted(call, LocalDate.now(), LocalDate.now().plusYears(2));
        String path = "/api/v1/infrastructure/complexes/" + complex + "/allocations";

        WebResponse early = CallsFixtures.post(port, path, body, CallsFixtures.MANAGER);
        assertThat(early.status()).as("the ranking is not final yet").isEqualTo(409);
        CallsFixtures.publishAndFinalise(port, call);
        assertThat(CallsFixtures.post(
                                port,
                                "/api/v1/infrastructure/complexes/" + (complex + 999) + "/allocations",
                                body,
                                CallsFixtures.MANAGER)
                        .status())
                .as("another complex's call")
                .isEqualTo(404);
        JsonNode made = CallsFixtures.ok(CallsFixtures.post(port, path, body, CallsFixtures.MANAGER), 201);
        WebResponse twice = CallsFixtures.post(port, path, body, CallsFixtures.AGENT);

        assertThat(made.get("allocated")).hasSize(2);
        assertThat(made.get("allocated").get(0).get("unitNumber").asString()).isEqualTo("C-01");
        assertThat(made.get("allocated").get(0).get("applicant").get("id").asLong())
                .isEqualTo(first);
        assertThat(made.get("notAllocated").get(0).get("reasonKey").asString())
                .isEqualTo("infrastructure.allocation.nothingLeft");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("déjà été attribués");
        assertThat(jdbc.queryForObject("select count(*) from infra_lease where call_id = ?", Long.class, call))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from plat_audit_record where entity_type = 'InfrastructureAllocation' and entity_id"
                                + " = ?",
                        Long.class,
                        String.valueOf(call)))
                .isEqualTo(1);
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        String callPage = manager.get("/calls/" + call).body();
        assertThat(callPage).contains("/infrastructure/complexes/" + complex + "/allocations/" + call);
        String page = manager.get("/infrastructure/complexes/" + complex + "/allocations/" + call)
                .body();
        assertThat(page)
                .contains("C-01", "C-02")
                .contains("/infrastructure/leases/"
                        + made.get("allocated").get(0).get("leaseId").asLong())
                .contains("id=\"not-allocated\"")
                .doesNotContain("id=\"allocation-form\"");
    }

    @Test
    void aUnitTurnsVacantTheDayAfterItsLeaseEndsUnlessAnotherLeaseFollows() {
        long complex = UnitFixtures.complexIn(port, "401");
        long ended = UnitFixtures.unit(port, "agent.draa", complex, "E-01", 0, "SHOP", 700);
        long followed = UnitFixtures.unit(port, "agent.draa", complex, "E-02", 0, "SHOP", 700);
        long holder = RegistryFixtures.artisanIn("401").registered(port);
        long next = RegistryFixtures.artisanIn("401").registered(port);
        LocalDate today = LocalDate.now();
        LocalDate lastDay = today.minusDays(1);
        for (long unit : List.of(ended, followed)) {
            assertThat(UnitFixtures.postLease(
                                    port,
                                    "agent.draa",
                                    unit,
                                    UnitFixtures.lease(holder, today.minusYears(1), lastDay, "700"))
                            .status())
                    .isEqualTo(201);
        }
        assertThat(UnitFixtures.postLease(
                                port,
                                "agent.draa",
                                followed,
                                UnitFixtures.lease(next, today, today.plusYears(1), "700"))
                        .status())
                .isEqualTo(201);

        leaseDays.apply(today);

        assertThat(status(ended)).isEqualTo("VACANT");
        assertThat(jdbc.queryForObject(
                        "select status || ' ' || since || ' ' || reason from infra_unit_status where unit_id = ? order"
                                + " by id desc fetch first 1 rows only",
                        String.class,
                        ended))
                .as("a history row from the day after the last day")
                .isEqualTo("VACANT " + today + " lease ended");
        assertThat(status(followed)).isEqualTo("ALLOCATED");
        assertThat(leaseDays.apply(today)).as("a second run changes nothing").isZero();
    }

    private String status(long unit) {
        return jdbc.queryForObject("select status from infra_unit where id = ?", String.class, unit);
    }
}
