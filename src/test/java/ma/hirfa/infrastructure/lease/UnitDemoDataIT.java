package ma.hirfa.infrastructure.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import ma.hirfa.infrastructure.UnitFixtures;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo step of the units, on a database of its own holding only the Ouarzazate complex it fills. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hirfa.demo=false", "hirfa.test.database-of=UnitDemoDataIT"})
class UnitDemoDataIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    UnitDemoData demo;

    @Autowired
    LeaseRepository leases;

    @Test
    void theOuarzazateComplexGetsFortyUnitsTwelveVacantAndLeasesSomeBehindWithTheRent() {
        demo.seed();
        assertThat(jdbc.queryForObject("select count(*) from infra_unit", Long.class))
                .as("no complex in operation in province 401: nothing")
                .isZero();
        PlatformFixtures.staff(accounts);
        for (int i = 0; i < 8; i++) {
            RegistryFixtures.artisanIn("401").registered(port);
        }
        long complex = UnitFixtures.complexIn(port, "401");

        demo.seed();
        demo.seed();

        assertThat(count("select count(*) from infra_unit where complex_id = " + complex))
                .isEqualTo(40);
        assertThat(count("select count(*) from infra_unit where status = 'VACANT' and complex_id = " + complex))
                .isEqualTo(12);
        assertThat(count("select count(*) from infra_lease where complex_id = " + complex))
                .isEqualTo(28);
        long behind = jdbc.queryForList("select distinct holder_id from infra_lease", Long.class).stream()
                .mapToLong(holder -> leases.inArrears(HolderKind.ARTISAN, holder, LocalDate.now())
                        .size())
                .sum();
        assertThat(behind).as("leases in arrears").isBetween(5L, 10L);
        assertThat(count("select count(distinct starts_on) from infra_lease"))
                .as("leases started over many months")
                .isGreaterThan(6);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
