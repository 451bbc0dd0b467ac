package ma.hirfa.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for a while after repeated failed logins from one address. Counters live in the database,
 * so every node sees the same count; they are kept for unknown user names too, so the lockout tells nothing
 * about which accounts exist. A counter is per account and address (ADR 0041): someone elsewhere guessing the
 * admin's password locks only himself out; guessing from many addresses is held back by the login rate limit.
 * Counters past their window are deleted by {@link #deleteStale()}.
 */
@Component
class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginThrottle(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${hirfa.security.max-failed-logins}") int maxFailures,
            @Value("${hirfa.security.lockout}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    /** The counter of an account at an address (the column holds up to 200 characters). */
    static String counter(String username, String address) {
        String key = username + " @" + address;
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    boolean isLocked(String username) {
        List<OffsetDateTime> until = jdbc.queryForList(
                "select locked_until from plat_login_throttle where username = ?", OffsetDateTime.class, username);
        return !until.isEmpty()
                && until.get(0) != null
                && until.get(0).toInstant().isAfter(clock.instant());
    }

    void recordFailure(String username) {
        Instant now = clock.instant();
        OffsetDateTime nowAt = now.atOffset(ZoneOffset.UTC);
        OffsetDateTime windowFloor = now.minus(lockout).atOffset(ZoneOffset.UTC);
        // Failures older than the lockout window start a new count.
        int updated = jdbc.update(
                "update plat_login_throttle set failures = case when window_start < ? then 1 else failures + 1 end,"
                        + " window_start = case when window_start < ? then ? else window_start end"
                        + " where username = ?",
                windowFloor,
                windowFloor,
                nowAt,
                username);
        if (updated == 0) {
            try {
                jdbc.update(
                        "insert into plat_login_throttle (username, failures, window_start) values (?, 1, ?)",
                        username,
                        nowAt);
            } catch (DuplicateKeyException concurrentInsert) {
                jdbc.update("update plat_login_throttle set failures = failures + 1 where username = ?", username);
            }
        }
        jdbc.update(
                "update plat_login_throttle set locked_until = ? where username = ? and failures >= ?",
                now.plus(lockout).atOffset(ZoneOffset.UTC),
                username,
                maxFailures);
    }

    void reset(String username) {
        jdbc.update("delete from plat_login_throttle where username = ?", username);
    }

    /** Deletes the counters whose window and lock are over; the number deleted. */
    int deleteStale() {
        Instant now = clock.instant();
        return jdbc.update(
                "delete from plat_login_throttle where window_start < ? and (locked_until is null or locked_until < ?)",
                now.minus(lockout).atOffset(ZoneOffset.UTC),
                now.atOffset(ZoneOffset.UTC));
    }
}
