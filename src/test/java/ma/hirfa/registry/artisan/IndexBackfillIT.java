package ma.hirfa.registry.artisan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import ma.hirfa.matching.IdentityIndex;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A file whose index entry never came (its listener stopped with its node, a database restored from before the
 * index) is found by search again after the next start's backfill, which writes only the files the index lacks:
 * the entries it already holds are left as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class IndexBackfillIT {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ArtisanIndexBackfill backfill;

    @Autowired
    IdentityIndex index;

    @LocalServerPort
    int port;

    @Test
    void theNextStartIndexesOnlyTheFilesTheIndexLacks() throws InterruptedException {
        PlatformFixtures.staff(accounts);
        long lost = RegistryFixtures.artisanIn("401").draft(port);
        long kept = RegistryFixtures.artisanIn("577").draft(port);
        Instant keptIndexedAt = indexedAt(kept);
        Thread.sleep(5); // a rewrite of the kept entry would carry a later time
        jdbc.update("delete from mat_token where artisan_id = ?", lost);
        jdbc.update("delete from mat_identity where artisan_id = ?", lost);
        assertThat(index.heldAmong(java.util.List.of(lost, kept))).containsExactly(kept);

        backfill.run(null);

        assertThat(index.heldAmong(java.util.List.of(lost, kept))).containsExactlyInAnyOrder(lost, kept);
        assertThat(jdbc.queryForObject("select count(*) from mat_token where artisan_id = ?", Long.class, lost))
                .isPositive();
        assertThat(indexedAt(kept)).as("an entry already held is not rewritten").isEqualTo(keptIndexedAt);
    }

    private Instant indexedAt(long id) {
        return jdbc.queryForObject(
                        "select updated_at from mat_identity where artisan_id = ?", java.sql.Timestamp.class, id)
                .toInstant();
    }
}
