package ma.hirfa.platform.security;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j's select-for-update proxy manager on {@code plat_rate_bucket}, in SQL that H2 (PostgreSQL mode) and
 * PostgreSQL both run: Bucket4j's own PostgreSQL manager inserts with {@code ON CONFLICT (id) DO NOTHING}, which
 * H2 refuses, so the empty row is inserted under a savepoint instead (ADR 0041). Runs on its own connections,
 * outside any business transaction.
 */
class JdbcBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration keep;
    private volatile Boolean postgres;

    JdbcBuckets(DataSource dataSource, Clock clock, Duration keep) {
        super(ClientSideConfig.getDefault());
        this.dataSource = dataSource;
        this.clock = clock;
        this.keep = keep;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Transaction(connection, key);
    }

    private boolean postgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
            postgres = known;
        }
        return known;
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from plat_rate_bucket where id = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return false;
    }

    private final class Transaction implements SelectForUpdateBasedTransaction {

        private final Connection connection;
        private final String key;

        Transaction(Connection connection, String key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            run(() -> {
                connection.setAutoCommit(false);
                if (postgres(connection)) {
                    // A bucket lost in a crash only forgets a few seconds of counting: the row lock is held for
                    // three statements, not for a flush of the log to disk (ADR 0063).
                    try (Statement asynchronous = connection.createStatement()) {
                        asynchronous.execute("set local synchronous_commit to off");
                    }
                }
            });
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (PreparedStatement select =
                    connection.prepareStatement("select state from plat_rate_bucket where id = ? for update")) {
                select.setString(1, key);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? LockAndGetResult.locked(rs.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            Savepoint savepoint = null;
            try (PreparedStatement insert =
                    connection.prepareStatement("insert into plat_rate_bucket (id, state) values (?, null)")) {
                savepoint = connection.setSavepoint();
                insert.setString(1, key);
                insert.executeUpdate();
                connection.releaseSavepoint(savepoint);
                return true;
            } catch (SQLException taken) {
                // Another node inserted the row first: undo the failed insert only; Bucket4j locks it next.
                if (savepoint != null) {
                    Savepoint undo = savepoint;
                    run(() -> connection.rollback(undo));
                }
                return false;
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
            try (PreparedStatement update =
                    connection.prepareStatement("update plat_rate_bucket set state = ?, expires_at = ? where id = ?")) {
                update.setBytes(1, data);
                update.setTimestamp(2, Timestamp.from(clock.instant().plus(keep)));
                update.setString(3, key);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            run(connection::commit);
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void release() {
            run(() -> {
                connection.setAutoCommit(true);
                connection.close();
            });
        }
    }

    private interface Sql {
        void run() throws SQLException;
    }

    private static void run(Sql sql) {
        try {
            sql.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
