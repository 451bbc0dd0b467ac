package ma.hirfa.platform.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the replica may serve reads now, and how far behind it is. It is asked at most every
 * {@link #RECHECK}, in the background, while requests use the last answer (none yet: the primary), so a replica
 * that went away costs the one request that found it gone a connection timeout, not one per request. The lag is zero when the replica has replayed everything it received
 * (an idle primary sends nothing, and the last replay time alone would then grow forever).
 */
final class ReplicaState {

    static final Duration RECHECK = Duration.ofSeconds(2);
    static final String LAG_QUERY = "select case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0"
            + " else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0) end";

    private static final Logger log = LoggerFactory.getLogger(ReplicaState.class);
    private static final Executor CHECKS = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "replica-check");
        thread.setDaemon(true);
        return thread;
    });

    private final DataSource replica;
    private final Duration maxLag;
    private final Clock clock;
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile Instant checkedAt = Instant.MIN;
    /** Seconds behind the primary; empty while the replica does not answer. */
    private volatile OptionalLong lag = OptionalLong.empty();

    ReplicaState(DataSource replica, Duration maxLag, Clock clock) {
        this.replica = replica;
        this.maxLag = maxLag;
        this.clock = clock;
    }

    /** The lag in seconds if the replica answers and is close enough to serve reads; empty otherwise. */
    OptionalLong usableLag() {
        refreshIfStale();
        OptionalLong now = lag;
        return now.isPresent() && now.getAsLong() <= maxLag.toSeconds() ? now : OptionalLong.empty();
    }

    /** The last known lag, checked again if stale: what readiness and the metrics report. */
    OptionalLong lag() {
        refreshIfStale();
        return lag;
    }

    DataSource dataSource() {
        return replica;
    }

    /** A connection to the replica failed: reads go to the primary until the next check. */
    void down(SQLException e) {
        if (lag.isPresent()) {
            log.warn("Read replica unavailable, reading from the primary: {}", e.getMessage());
        }
        lag = OptionalLong.empty();
        checkedAt = clock.instant();
    }

    /** Starts a check in the background when the last one is stale: a request never waits for the replica. */
    private void refreshIfStale() {
        if (clock.instant().isBefore(checkedAt.plus(RECHECK)) || !checking.compareAndSet(false, true)) {
            return;
        }
        try {
            CHECKS.execute(() -> {
                try {
                    lag = measure();
                } catch (SQLException e) {
                    down(e);
                } finally {
                    checkedAt = clock.instant();
                    checking.set(false);
                }
            });
        } catch (RuntimeException rejected) {
            checking.set(false);
        }
    }

    private OptionalLong measure() throws SQLException {
        try (Connection connection = replica.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(LAG_QUERY)) {
            row.next();
            return OptionalLong.of(Math.round(row.getDouble(1)));
        }
    }
}
