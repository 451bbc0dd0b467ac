package ma.hirfa.infrastructure.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ma.hirfa.calls.Applicant;
import ma.hirfa.calls.CallRanking;
import ma.hirfa.calls.OfferedItem;
import ma.hirfa.calls.RankedApplication;
import ma.hirfa.infrastructure.UnitFixtures;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The allocation from a call's final ranking, and what the complexes tell the calls module. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class LeaseAllocationIT {

    private static final LocalDate START = LocalDate.now().plusMonths(1).withDayOfMonth(1);
    private static final LocalDate END = START.plusYears(3).minusDays(1);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    LeaseAllocation allocation;

    @Autowired
    UnitOffering offering;

    @Autowired
    CurrentUsers users;

    @AfterEach
    void signOut() {
        users.clear();
    }

    @Test
    void inRankOrderEachApplicantGetsItsMostPreferredUnitStillFreeAndTheOthersAreToldWhy() {
        PlatformFixtures.staff(accounts);
        long complex = UnitFixtures.complexIn(port, "401");
        long a1 = UnitFixtures.unit(port, "agent.draa", complex, "S-01", 0, "SHOP", 1000);
        long a2 = UnitFixtures.unit(port, "agent.draa", complex, "S-02", 0, "SHOP", 1100);
        long a3 = UnitFixtures.unit(port, "agent.draa", complex, "S-03", 0, "WORKSHOP", 800);
        long first = RegistryFixtures.artisanIn("401").registered(port);
        long second = RegistryFixtures.artisanIn("401").registered(port);
        long third = RegistryFixtures.artisanIn("401").registered(port);
        long suspended = RegistryFixtures.artisanIn("401").suspended(port);
        long fourth = RegistryFixtures.artisanIn("401").registered(port);
        // S-03 is leased by hand before the allocation runs
        assertThat(UnitFixtures.postLease(port, "agent.draa", a3, UnitFixtures.lease(fourth, START, END, "800"))
                        .status())
                .isEqualTo(201);
        users.actAs("manager.draa", Role.CHAMBER_MANAGER, "08");
        CallRanking ranking = new CallRanking(
                77,
                UnitOffering.KIND,
                complex,
                "08",
                List.of(
                        ranked(13, third, 3, a1),
                        ranked(11, first, 1, a1, a2),
                        ranked(14, suspended, 2, a2),
                        ranked(12, second, 2, a1, a3, a2),
                        ranked(15, fourth, 4, a3)));

        Allocation result = allocation.allocate(ranking, START, END);

        assertThat(result.allocated())
                .extracting(a -> a.applicationId() + ":" + a.unitNumber())
                .containsExactly("11:S-01", "12:S-02");
        assertThat(result.notAllocated())
                .extracting(n -> n.applicationId() + ":" + n.reasonKey())
                .containsExactly(
                        "14:infrastructure.lease.holder.suspended",
                        "13:infrastructure.allocation.nothingLeft",
                        "15:infrastructure.allocation.nothingLeft");
        assertThat(jdbc.queryForObject(
                        "select count(*) from infra_lease where call_id = 77 and complex_id = ?", Long.class, complex))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select holder_id from infra_lease where id = ?",
                        Long.class,
                        result.allocated().get(0).leaseId()))
                .isEqualTo(first);
        assertThat(offering.offerable(complex)).as("nothing is left vacant").isEmpty();
    }

    @Test
    void theOfferingListsTheVacantUnitsAndRefusesAnApplicantBehindWithTheRentOfAnotherLease() {
        PlatformFixtures.staff(accounts);
        long complex = UnitFixtures.complexIn(port, "401");
        long leased = UnitFixtures.unit(port, "agent.draa", complex, "T-01", 0, "SHOP", 1000);
        UnitFixtures.unit(port, "agent.draa", complex, "T-02", 1, "SHOWROOM", 1500);
        long late = RegistryFixtures.artisanIn("401").registered(port);
        long fine = RegistryFixtures.artisanIn("401").registered(port);
        LocalDate past = LocalDate.now().minusMonths(3);
        assertThat(UnitFixtures.postLease(
                                port, "agent.draa", leased, UnitFixtures.lease(late, past, past.plusYears(2), "1000"))
                        .status())
                .isEqualTo(201);
        users.actAs("agent.draa", Role.CHAMBER_AGENT, "08");
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.FRENCH);

        List<OfferedItem> offered = offering.offerable(complex);

        assertThat(offered)
                .singleElement()
                .satisfies(item -> assertThat(item.label())
                        .contains("T-02")
                        .contains("Salle d’exposition")
                        .contains("1")
                        .contains("MAD"));
        assertThat(offering.refusals(Applicant.artisan(late), complex))
                .containsExactly("infrastructure.lease.refusal.arrears");
        assertThat(offering.refusals(Applicant.artisan(fine), complex)).isEmpty();
        assertThat(offering.ownerName(complex, java.util.Locale.FRENCH)).startsWith("Complexe d'artisanat");
        assertThat(offering.kind()).isEqualTo("infrastructure.units");
    }

    private static RankedApplication ranked(long id, long artisan, int rank, long... units) {
        return new RankedApplication(
                id,
                Applicant.artisan(artisan),
                "Artisan " + id,
                rank,
                BigDecimal.valueOf(100 - rank),
                java.util.Arrays.stream(units).mapToObj(String::valueOf).toList());
    }
}
