package ma.hirfa.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.platform.jobs.Leases;
import ma.hirfa.registry.RegistryFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A register indexed before the exact-spelling keys (ADR 0053) is re-indexed after the upgrade, from the
 * identity rows, without the register's help: the file's spelled pairs come back and its version is current.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class KeysUpgradeIT {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Leases leases;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    @Test
    void filesIndexedWithOlderKeysGetTheCurrentOnes() {
        PlatformFixtures.staff(accounts);
        long id = RegistryFixtures.artisanIn("401").draft(port);
        assertThat(spelledKeys(id)).isPositive();
        // as the index was before this version: phonetic keys only
        jdbc.update("delete from mat_token where artisan_id = ? and token like 'e:%'", id);
        jdbc.update("update mat_identity set keys_version = 0 where artisan_id = ?", id);

        new KeysUpgrade(jdbc, leases, transactions).upgrade();

        assertThat(spelledKeys(id)).isPositive();
        assertThat(jdbc.queryForObject("select keys_version from mat_identity where artisan_id = ?", Integer.class, id))
                .isEqualTo(IndexKeys.VERSION);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mat_identity where keys_version < ?", Long.class, IndexKeys.VERSION))
                .isZero();
    }

    private long spelledKeys(long id) {
        return jdbc.queryForObject(
                "select count(*) from mat_token where artisan_id = ? and token like 'e:%'", Long.class, id);
    }
}
