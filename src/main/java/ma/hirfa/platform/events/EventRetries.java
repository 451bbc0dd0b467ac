package ma.hirfa.platform.events;

import java.time.Duration;
import ma.hirfa.platform.jobs.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submits again the event publications whose listener failed or whose node stopped before completing them,
 * once they are older than {@code hirfa.events.retry-after} (so that a listener still running elsewhere is left
 * alone). Every node runs the schedule; the node holding the lease {@code events.retry} does the work. Modulith
 * marks each publication it submits again with a conditional update, so even two sweeps at once would not
 * deliver one twice; listeners are idempotent all the same.
 */
@Component
class EventRetries {

    static final String LEASE = "events.retry";
    private static final Logger LOG = LoggerFactory.getLogger(EventRetries.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final Leases leases;
    private final Duration every;
    private final Duration after;
    private final Duration keep;

    EventRetries(
            IncompleteEventPublications incomplete,
            CompletedEventPublications completed,
            Leases leases,
            @Value("${hirfa.events.retry-every:PT1M}") Duration every,
            @Value("${hirfa.events.retry-after:PT5M}") Duration after,
            @Value("${hirfa.events.keep-completed:P30D}") Duration keep) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.leases = leases;
        this.every = every;
        this.after = after;
        this.keep = keep;
    }

    @Scheduled(
            fixedDelayString = "${hirfa.events.retry-every:PT1M}",
            initialDelayString = "${hirfa.schedules.first-run:PT30S}")
    void sweep() {
        if (leases.acquire(LEASE, every)) {
            retryOnce();
        }
    }

    /** One sweep, whatever the lease says (the tests call it directly). */
    void retryOnce() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(after);
            completed.deletePublicationsOlderThan(keep);
        } catch (RuntimeException e) {
            LOG.error("Resubmitting incomplete event publications failed; next sweep tries again", e);
        }
    }
}
