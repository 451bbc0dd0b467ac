package ma.hirfa.infrastructure.lease;

import java.math.BigDecimal;
import java.time.LocalDate;
import ma.hirfa.infrastructure.unit.ComplexRef;
import ma.hirfa.infrastructure.unit.Unit;
import ma.hirfa.infrastructure.unit.UnitStatus;
import ma.hirfa.infrastructure.unit.Units;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.Refusal;
import org.springframework.stereotype.Component;

/**
 * Makes a lease inside the caller's transaction, once the caller holds the unit's row lock: the API, the pages
 * and the allocation from a ranking all write leases here, so the overlap rule is one rule (ADR 0048). It asks
 * before it writes ({@link #unitProblem}), so an allocation can try the next preference without a rollback.
 */
@Component
class LeaseWriter {

    static final String ENTITY = "InfrastructureLease";

    private final LeaseRepository leases;
    private final Units units;
    private final Acting acting;

    LeaseWriter(LeaseRepository leases, Units units, Acting acting) {
        this.leases = leases;
        this.units = units;
        this.acting = acting;
    }

    /** Why the unit cannot be leased for these days, or null; the caller holds the unit's lock. */
    Refusal unitProblem(Unit unit, LocalDate startsOn, LocalDate endsOn) {
        if (unit.status() == UnitStatus.UNDER_WORKS || unit.status() == UnitStatus.OUT_OF_SERVICE) {
            return Refusal.conflict("infrastructure.lease.unit.unavailable", unit.unitNumber());
        }
        if (leases.overlapping(unit.id(), startsOn, endsOn, -1) > 0) {
            return Refusal.conflict("infrastructure.lease.unit.taken", unit.unitNumber());
        }
        return null;
    }

    long write(
            Unit unit,
            ComplexRef complex,
            Holder holder,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal rent,
            BigDecimal deposit,
            Long callId) {
        Lease lease = new Lease(
                0,
                unit.id(),
                complex.id(),
                complex.regionCode(),
                holder.kind(),
                holder.id(),
                holder.name(),
                startsOn,
                endsOn,
                rent,
                deposit,
                LeaseStatus.ACTIVE,
                callId,
                0,
                null,
                null,
                null,
                null,
                acting.username(),
                acting.nowWithOffset(),
                0);
        long id = leases.insert(lease);
        leases.insertDues(id, Terms.schedule(startsOn, startsOn, endsOn), rent);
        acting.audit()
                .created(
                        ENTITY,
                        id,
                        complex.regionCode(),
                        leases.find(id, acting.user().scope()).orElseThrow());
        units.leased(unit, startsOn, "lease " + id);
        return id;
    }
}
