package ma.hirfa.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every {@link DemoStep} needs besides its module's services: leave a table that already holds rows alone
 * (a database seeded before), write as a demo user so that rules, region scope and audit apply as for a person,
 * and commit in transactions. The demo user is always cleared afterwards, even when a step fails, so the
 * starting thread keeps no identity.
 */
@Component
public class DemoWriter {

    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]*");

    private final CurrentUsers users;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoWriter(CurrentUsers users, TransactionTemplate transactions, JdbcTemplate jdbc, Clock clock) {
        this.users = users;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The day the demo is seeded (UTC, as the application's clock): demo dates are set around it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Today in Morocco, for demo dates people would have typed (session days). */
    public LocalDate todayInMorocco() {
        return LocalDate.now(clock.withZone(Acting.MOROCCO));
    }

    /** True when the step's table already holds rows: the step then writes nothing. */
    public boolean holdsRows(String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        return jdbc.queryForObject("select count(*) from " + table, Long.class) > 0;
    }

    /** Runs the writes as this demo user (they may {@link #switchTo} another), then clears the user. */
    public void as(String username, Role role, String regionCode, Runnable writes) {
        users.actAs(username, role, regionCode);
        try {
            writes.run();
        } finally {
            users.clear();
        }
    }

    /** Inside {@link #as}: another demo user takes over, e.g. the reviewer who approves what an agent submitted. */
    public void switchTo(String username, Role role, String regionCode) {
        users.actAs(username, role, regionCode);
    }

    public void inTransaction(Runnable writes) {
        transactions.executeWithoutResult(status -> writes.run());
    }
}
