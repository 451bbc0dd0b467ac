package ma.hirfa.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import ma.hirfa.platform.jobs.Leases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes login counters whose window is over and rate-limit buckets nobody used for an hour, so neither table
 * grows with every address that ever knocked. Every node runs the schedule; the lease holder does the work.
 */
@Component
class SecuritySweep {

    static final String LEASE = "security.sweep";

    private final LoginThrottle throttle;
    private final JdbcTemplate jdbc;
    private final Leases leases;
    private final Clock clock;

    SecuritySweep(LoginThrottle throttle, JdbcTemplate jdbc, Leases leases, Clock clock) {
        this.throttle = throttle;
        this.jdbc = jdbc;
        this.leases = leases;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${hirfa.security.sweep-every:PT15M}",
            initialDelayString = "${hirfa.schedules.first-run:PT1M}")
    void sweep() {
        if (leases.acquire(LEASE, java.time.Duration.ofMinutes(15))) {
            sweepOnce();
        }
    }

    /** One sweep, whatever the lease says (the tests call it directly). */
    void sweepOnce() {
        throttle.deleteStale();
        jdbc.update("delete from plat_rate_bucket where expires_at < ?", Timestamp.from(clock.instant()));
    }
}
