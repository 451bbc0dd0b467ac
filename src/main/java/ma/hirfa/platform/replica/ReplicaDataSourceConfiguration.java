package ma.hirfa.platform.replica;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The optional read replica ({@code hirfa.replica.url}, {@code .username}, {@code .password}): its own small
 * read-only pool, which may be down at start; the application's {@code dataSource} wrapped so that
 * {@code @ReadOnlyLag} calls read from it; its health in the readiness group (FALLBACK, not DOWN, when it does
 * not answer: the node still serves everything from the primary) and its lag as the gauge
 * {@code hirfa.replica.lag} (seconds, -1 while unreachable). Without the setting none of this exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hirfa.replica.url")
class ReplicaDataSourceConfiguration {

    static final Status FALLBACK = new Status("FALLBACK");

    @Bean(destroyMethod = "")
    ReplicaState replicaState(
            @Value("${hirfa.replica.url}") String url,
            @Value("${hirfa.replica.username:}") String username,
            @Value("${hirfa.replica.password:}") String password,
            @Value("${hirfa.replica.pool-size:10}") int poolSize,
            @Value("${hirfa.replica.max-lag:30s}") Duration maxLag,
            ObjectProvider<MeterRegistry> meters) {
        ReplicaState state = new ReplicaState(pool(url, username, password, poolSize), maxLag, Clock.systemUTC());
        meters.ifAvailable(registry -> Gauge.builder(
                        "hirfa.replica.lag", state, s -> s.lag().orElse(-1))
                .baseUnit("seconds")
                .description("How far the read replica is behind the primary; -1 while it does not answer")
                .register(registry));
        return state;
    }

    @Bean
    ReplicaPool replicaPool(ReplicaState state) {
        return new ReplicaPool((HikariDataSource) state.dataSource());
    }

    /** Wraps the application's data source; the replica's state is looked up when the data source is made. */
    @Bean
    static BeanPostProcessor replicaRouting(ObjectProvider<ReplicaState> replica) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if ("dataSource".equals(name)
                        && bean instanceof DataSource primary
                        && !(bean instanceof ReplicaRoutingDataSource)) {
                    return new ReplicaRoutingDataSource(primary, replica.getObject());
                }
                return bean;
            }
        };
    }

    @Bean
    HealthIndicator replicaHealthIndicator(ReplicaState state) {
        return () -> state.lag().isPresent()
                ? Health.up().build()
                : Health.status(FALLBACK).build();
    }

    private static HikariDataSource pool(String url, String username, String password, int size) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("replica");
        pool.setJdbcUrl(url);
        pool.setUsername(username);
        pool.setPassword(password);
        pool.setReadOnly(true);
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(2_000);
        // the replica may be down when the node starts: the node starts anyway and reads from the primary
        pool.setInitializationFailTimeout(-1);
        return pool;
    }

    /** Closes the replica's pool with the application. */
    record ReplicaPool(HikariDataSource pool) implements AutoCloseable {
        @Override
        public void close() {
            pool.close();
        }
    }
}
