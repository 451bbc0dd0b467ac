package ma.hirfa.platform.idempotency;

import java.time.Duration;
import ma.hirfa.platform.jobs.Leases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes idempotency keys older than {@code hirfa.idempotency.keep}: a key is a promise for retries of one
 * request, not a record. Every node runs the schedule; the node holding the lease does the work.
 */
@Component
class IdempotencySweep {

    static final String LEASE = "idempotency.sweep";

    private final IdempotencyStore store;
    private final Leases leases;
    private final Duration every;

    IdempotencySweep(
            IdempotencyStore store, Leases leases, @Value("${hirfa.idempotency.sweep-every:PT1H}") Duration every) {
        this.store = store;
        this.leases = leases;
        this.every = every;
    }

    @Scheduled(
            fixedDelayString = "${hirfa.idempotency.sweep-every:PT1H}",
            initialDelayString = "${hirfa.schedules.first-run:PT1M}")
    void sweep() {
        if (leases.acquire(LEASE, every)) {
            store.deleteExpired();
        }
    }
}
