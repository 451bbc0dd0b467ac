package ma.hirfa.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes starting at the same moment on an empty database: the demo is written once. The application starts
 * without the demo; the test plays both nodes' seeding against its one database at once.
 */
@SpringBootTest(properties = "hirfa.demo=false")
class DemoSeedingIT {

    private static final List<String> TABLES =
            List.of("plat_user", "reg_artisan", "reg_organisation", "cov_enrolment", "trn_programme", "trn_enrolment");

    @Autowired
    DemoSeeding seeding;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${hirfa.demo.artisans}")
    int artisans;

    @Test
    void twoNodesSeedingAtOnceWriteTheDemoOnce() throws Exception {
        assertThat(count("plat_demo_seed"))
                .as("nothing seeded with HIRFA_DEMO=false")
                .isZero();
        long accountsBefore = count("plat_user");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> node = () -> {
            start.await();
            return seeding.seed();
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> a = nodes.submit(node);
            Future<Boolean> b = nodes.submit(node);
            start.countDown();

            assertThat(List.of(a.get(), b.get())).as("which node seeded").containsExactlyInAnyOrder(true, false);
        } finally {
            nodes.shutdown();
        }

        // The generated artisans plus four near duplicates; seven demo accounts; two programmes.
        assertThat(count("reg_artisan")).isEqualTo(artisans + 4L);
        assertThat(count("plat_user") - accountsBefore).isEqualTo(7);
        assertThat(count("trn_programme")).isEqualTo(2);
        assertThat(count("reg_organisation")).isPositive();
        assertThat(count("cov_enrolment")).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from plat_demo_seed where finished_at is not null", Long.class))
                .isOne();

        Map<String, Long> seeded = counts();
        assertThat(seeding.seed()).as("a node starting later").isFalse();
        assertThat(counts()).as("rows after a later start").isEqualTo(seeded);
    }

    private Map<String, Long> counts() {
        return TABLES.stream().collect(java.util.stream.Collectors.toMap(t -> t, this::count));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
