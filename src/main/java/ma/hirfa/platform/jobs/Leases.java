package ma.hirfa.platform.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named leases in {@code plat_lease}: scheduled work that one node at a time should do (every node runs the
 * schedule; the one holding the lease does the work). Taking a lease is one conditional update, so the
 * database decides between nodes, on H2 and PostgreSQL alike.
 */
@Component
public class Leases {

    private static final Logger LOG = LoggerFactory.getLogger(Leases.class);

    private final JdbcTemplate jdbc;
    private final JobNode node;
    private final Clock clock;

    Leases(JdbcTemplate jdbc, JobNode node, Clock clock) {
        this.jdbc = jdbc;
        this.node = node;
        this.clock = clock;
    }

    /** Takes or renews the lease {@code name} for {@code period}; false while another node holds it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean acquire(String name, Duration period) {
        boolean taken = acquire(name, node.name(), period);
        if (taken) {
            // One line per run of the scheduled work: the cluster test reads it from every node's log (ADR 0055).
            LOG.debug("Lease {} held by {} for {}", name, node.name(), period);
        }
        return taken;
    }

    boolean acquire(String name, String holder, Duration period) {
        Instant now = clock.instant();
        Timestamp until = Timestamp.from(now.plus(period));
        int taken = jdbc.update(
                "update plat_lease set holder = ?, held_until = ? where name = ? and (held_until < ? or holder = ?)",
                holder,
                until,
                name,
                Timestamp.from(now),
                holder);
        if (taken == 1) {
            return true;
        }
        Integer exists = jdbc.queryForObject("select count(*) from plat_lease where name = ?", Integer.class, name);
        if (exists != null && exists > 0) {
            return false;
        }
        try {
            return jdbc.update(
                            "insert into plat_lease (name, holder, held_until) values (?, ?, ?)", name, holder, until)
                    == 1;
        } catch (DuplicateKeyException another) {
            return false;
        }
    }
}
