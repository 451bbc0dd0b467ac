package ma.hirfa.infrastructure.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import ma.hirfa.infrastructure.unit.Unit;
import ma.hirfa.infrastructure.unit.UnitStatus;
import ma.hirfa.infrastructure.unit.Units;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.jobs.Leases;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each unit's status in step with the calendar of its leases, once an hour on one node at a time: a unit
 * turns VACANT the day after its lease's last day when no lease follows at once, and a reserved (or vacant) unit
 * turns ALLOCATED on its lease's first day. Each unit moves in its own transaction under its row lock, with a
 * history row, so a lease made meanwhile by an agent is seen.
 */
@Component
class LeaseDays {

    static final String ACTOR = "system.leases";

    private final LeaseRepository leases;
    private final Units units;
    private final Leases jobLeases;
    private final CurrentUsers users;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LeaseDays(
            LeaseRepository leases,
            Units units,
            Leases jobLeases,
            CurrentUsers users,
            TransactionTemplate transactions,
            Clock clock) {
        this.leases = leases;
        this.units = units;
        this.jobLeases = jobLeases;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${hirfa.schedules.first-run:PT3M}", fixedDelayString = "PT1H")
    void everyHour() {
        if (jobLeases.acquire("infrastructure-lease-days", Duration.ofMinutes(50))) {
            apply(LocalDate.now(clock));
        }
    }

    /** Brings every unit in step with its leases on this day; returns how many units changed status. */
    int apply(LocalDate today) {
        users.actAs(ACTOR, Role.ADMIN, null);
        try {
            int changed = 0;
            for (long unitId : leases.unitsToReview(today)) {
                Boolean moved = transactions.execute(tx -> review(unitId, today));
                changed += Boolean.TRUE.equals(moved) ? 1 : 0;
            }
            return changed;
        } finally {
            users.clear();
        }
    }

    private boolean review(long unitId, LocalDate today) {
        Unit unit = units.lockAndGet(unitId);
        var running = leases.runningSince(unitId, today);
        if (running.isPresent()) {
            if (unit.status() == UnitStatus.ALLOCATED) {
                return false;
            }
            units.leased(unit, running.get(), "lease starts");
            return true;
        }
        boolean waiting = unit.status() == UnitStatus.RESERVED && leases.startsAfter(unitId, today);
        if (waiting || (unit.status() != UnitStatus.ALLOCATED && unit.status() != UnitStatus.RESERVED)) {
            return false;
        }
        LocalDate since =
                leases.lastEndBefore(unitId, today).map(d -> d.plusDays(1)).orElse(today);
        units.released(unit, since, "lease ended");
        return true;
    }
}
