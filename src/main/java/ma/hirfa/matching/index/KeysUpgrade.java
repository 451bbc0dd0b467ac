package ma.hirfa.matching.index;

import java.time.Duration;
import java.util.List;
import ma.hirfa.matching.IndexedIdentity;
import ma.hirfa.platform.jobs.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-indexes the identities whose keys are older than {@link IndexKeys#VERSION} (after an upgrade that
 * changed the keys), from the identity rows themselves, a thousand per transaction, on one node at a time.
 * Search keeps working meanwhile on the keys already there; a node that found nothing left stops looking.
 */
@Component
class KeysUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(KeysUpgrade.class);
    private static final String LEASE = "matching-keys-upgrade";
    private static final int BATCH = 1000;

    private final IdentityTable table;
    private final Leases leases;
    private final TransactionTemplate transactions;
    private volatile boolean done;

    KeysUpgrade(JdbcTemplate jdbc, Leases leases, TransactionTemplate transactions) {
        this.table = new IdentityTable(jdbc);
        this.leases = leases;
        this.transactions = transactions;
    }

    @Scheduled(initialDelayString = "${hirfa.matching.keys-upgrade-delay:PT20S}", fixedDelayString = "PT1M")
    void upgrade() {
        if (done || !leases.acquire(LEASE, Duration.ofMinutes(2))) {
            return;
        }
        long after = 0;
        long rewritten = 0;
        while (true) {
            final long from = after;
            List<IndexedIdentity> batch = transactions.execute(status -> {
                List<IndexedIdentity> stale = table.stale(from, BATCH);
                table.rewriteKeys(stale);
                return stale;
            });
            if (batch == null || batch.isEmpty()) {
                break;
            }
            rewritten += batch.size();
            after = batch.get(batch.size() - 1).artisanId();
            if (rewritten % 100_000 < BATCH) {
                LOG.info("Identity index: {} files re-indexed with keys version {}", rewritten, IndexKeys.VERSION);
                leases.acquire(LEASE, Duration.ofMinutes(2));
            }
        }
        if (rewritten > 0) {
            LOG.info("Identity index: {} files re-indexed with keys version {}", rewritten, IndexKeys.VERSION);
        }
        done = true;
    }
}
