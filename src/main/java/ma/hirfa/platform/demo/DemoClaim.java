package ma.hirfa.platform.demo;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database row that lets exactly one node seed the demo: inserting it is the claim, committed at once in a
 * transaction of its own so the other nodes see it; the primary key refuses the second insert.
 */
@Component
class DemoClaim {

    private static final int ROW = 1;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final Clock clock;

    DemoClaim(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** True when this node won the claim and must seed; false when another node has (or had) it. */
    boolean claim() {
        try {
            own.executeWithoutResult(status -> jdbc.update(
                    "insert into plat_demo_seed (id, claimed_by, claimed_at) values (?, ?, ?)",
                    ROW,
                    ManagementFactory.getRuntimeMXBean().getName(),
                    now()));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    void finish() {
        own.executeWithoutResult(
                status -> jdbc.update("update plat_demo_seed set finished_at = ? where id = ?", now(), ROW));
    }

    void release() {
        own.executeWithoutResult(status -> jdbc.update("delete from plat_demo_seed where id = ?", ROW));
    }

    /** Waits until the node holding the claim has finished; false when it has not within {@code patience}. */
    boolean awaitFinished(Duration patience) throws InterruptedException {
        // Measured on this node's own timer: a clock pinned for tests must not make the wait endless.
        long giveUp = System.nanoTime() + patience.toNanos();
        while (jdbc.queryForObject(
                        "select count(*) from plat_demo_seed where id = ? and finished_at is not null",
                        Integer.class,
                        ROW)
                == 0) {
            if (System.nanoTime() - giveUp > 0) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
