package ma.hirfa.calls;

import java.time.Duration;
import ma.hirfa.platform.jobs.Leases;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the rankings final whose appeals window is over and whose appeals are all decided, once an hour, on one
 * node at a time; each call moves in its own transaction and publishes {@link CallResultsFinal} once.
 */
@Component
class CallFinaliser {

    private final CallRepository calls;
    private final Results results;
    private final Leases leases;
    private final java.time.Clock clock;

    CallFinaliser(CallRepository calls, Results results, Leases leases, java.time.Clock clock) {
        this.calls = calls;
        this.results = results;
        this.leases = leases;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${hirfa.schedules.first-run:PT2M}", fixedDelayString = "PT1H")
    void finaliseDueCalls() {
        if (!leases.acquire("call-finaliser", Duration.ofMinutes(50))) {
            return;
        }
        calls.publishedWithWindowOverBefore(java.time.LocalDate.now(clock)).forEach(results::finaliseIfDue);
    }
}
