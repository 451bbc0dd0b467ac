package ma.hirfa.platform.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source once a replica is configured: the primary, except for connections taken inside
 * a {@code @ReadOnlyLag} call while the replica answers and is close enough, which come from the replica. A
 * replica that refuses a connection sends the call, and the next ones until it answers again, to the primary.
 * Being a {@link DelegatingDataSource}, the primary's pool metrics and health still see the primary.
 */
final class ReplicaRoutingDataSource extends DelegatingDataSource {

    private final ReplicaState replica;

    ReplicaRoutingDataSource(DataSource primary, ReplicaState replica) {
        super(primary);
        this.replica = replica;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (ReplicaScope.active()) {
            OptionalLong lag = replica.usableLag();
            if (lag.isPresent()) {
                try {
                    Connection connection = replica.dataSource().getConnection();
                    ReplicaScope.servedWith(lag.getAsLong());
                    return connection;
                } catch (SQLException unavailable) {
                    replica.down(unavailable);
                }
            }
        }
        return super.getConnection();
    }
}
