package ma.hirfa.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Who acts and when, for a service that writes: the signed-in user, the instant of the act on the application's
 * clock, and the audit trail the change is recorded in (which fills in the actor itself). Write services took
 * these three collaborators together and repeated the same "who, when, record it" lines; they take this instead.
 * Tests that move time replace the {@link Clock} bean, which this reads.
 */
@Component
public class Acting {

    /** The ministry's calendar: "today" for a date a person typed (a session day, a payment date). */
    public static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    Acting(CurrentUsers users, AuditTrail audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The user who acts; fails when nobody is signed in, which the security rules make impossible. */
    public CurrentUser user() {
        return users.current();
    }

    /** The user name stored as the author of a row ({@code created_by}, {@code recorded_by}…). */
    public String username() {
        return users.current().username();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The same instant with its offset, for {@code timestamp with time zone} columns. */
    public OffsetDateTime nowWithOffset() {
        return OffsetDateTime.now(clock);
    }

    /** Today on the application's clock (UTC), as the services compared dates so far. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Today in Morocco, for the dates people type. */
    public LocalDate todayInMorocco() {
        return LocalDate.now(clock.withZone(MOROCCO));
    }

    /** Where a change is recorded, in the caller's transaction. */
    public AuditTrail audit() {
        return audit;
    }
}
