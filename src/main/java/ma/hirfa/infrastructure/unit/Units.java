package ma.hirfa.infrastructure.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.PlausibleDates;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units of a complex and their status: always within the user's region (a unit of another region is not
 * found), written only by the chamber's staff and administrators, every change audited and kept in the history.
 */
@Service
@Transactional(readOnly = true)
public class Units {

    static final String ENTITY = "InfrastructureUnit";

    /** Statuses a person sets by hand; RESERVED and ALLOCATED follow from leases. */
    private static final Set<UnitStatus> MANUAL =
            Set.of(UnitStatus.VACANT, UnitStatus.UNDER_WORKS, UnitStatus.OUT_OF_SERVICE);

    private final UnitRepository units;
    private final Acting acting;

    Units(UnitRepository units, Acting acting) {
        this.units = units;
        this.acting = acting;
    }

    /** The day unit statuses, leases and occupancy are judged on (the application's clock). */
    public LocalDate today() {
        return acting.today();
    }

    public ComplexRef complex(long complexId) {
        return units.complex(complexId, acting.user().scope())
                .orElseThrow(() -> Refusal.notFound("Complex", complexId));
    }

    /**
     * The complex's name for the pages of its calls, which the artisans of its region read too: the calls module has
     * already decided the call is theirs to see, and a complex's name is no secret.
     */
    public String complexName(long complexId, java.util.Locale locale) {
        return units.complex(complexId, ma.hirfa.platform.RegionScope.national())
                .map(c -> c.name(locale))
                .orElseThrow(() -> Refusal.notFound("Complex", complexId));
    }

    public Unit get(long unitId) {
        return units.find(unitId, acting.user().scope()).orElseThrow(() -> Refusal.notFound("Unit", unitId));
    }

    public List<Unit> ofComplex(long complexId) {
        complex(complexId);
        return units.ofComplex(complexId);
    }

    ListPage<Unit> search(long complexId, UnitStatus status, Sort sort, PageSpec page) {
        complex(complexId);
        return units.search(complexId, status, sort, page);
    }

    public List<StatusChange> history(long unitId) {
        get(unitId);
        return units.history(unitId);
    }

    @Transactional
    public long create(long complexId, UnitForm form) {
        return create(complexId, form, acting.today());
    }

    /** A unit in service since {@code since} (demo data and units recorded after the fact), vacant from then. */
    @Transactional
    public long create(long complexId, UnitForm form, LocalDate since) {
        CurrentUser user = mayWrite(acting.user());
        PlausibleDates.check("since", since);
        ComplexRef complex = complex(complexId);
        String number = form.number().strip().toUpperCase(java.util.Locale.ROOT);
        if (units.numberTaken(complexId, number)) {
            throw Refusal.invalidField("number", "infrastructure.unit.number.taken", number);
        }
        long id = units.insert(complexId, number, form.floor(), form.area(), form.type(), form.monthlyRent(), since);
        units.history(id, UnitStatus.VACANT, since, null, user.username(), acting.nowWithOffset());
        acting.audit()
                .created(
                        ENTITY,
                        id,
                        complex.regionCode(),
                        units.find(id, user.scope()).orElseThrow());
        return id;
    }

    /** Works start or end, or the unit leaves service; a leased unit changes status through its lease. */
    @Transactional
    public void changeStatus(long unitId, UnitStatus status, LocalDate since, String reason) {
        CurrentUser user = mayWrite(acting.user());
        PlausibleDates.check("since", since);
        units.lock(unitId);
        Unit unit = get(unitId);
        if (!MANUAL.contains(status) || !MANUAL.contains(unit.status())) {
            throw Refusal.conflict("infrastructure.unit.statusLeased");
        }
        record(unit, status, since, reason, user);
    }

    /** Locks the unit's row until the transaction ends, then rereads it (ADR 0048). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Unit lockAndGet(long unitId) {
        get(unitId);
        units.lock(unitId);
        return get(unitId);
    }

    /** A lease of the unit starts (ALLOCATED) or will start (RESERVED); the caller holds the unit's lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leased(Unit unit, LocalDate startsOn, String reason) {
        LocalDate today = acting.today();
        UnitStatus next = startsOn.isAfter(today) ? UnitStatus.RESERVED : UnitStatus.ALLOCATED;
        if (unit.status() == UnitStatus.ALLOCATED || unit.status() == next) {
            return;
        }
        record(unit, next, startsOn.isAfter(today) ? today : startsOn, reason, acting.user());
    }

    /** The unit's lease ended: it is vacant from that day. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void released(Unit unit, LocalDate since, String reason) {
        if (unit.status() == UnitStatus.VACANT) {
            return;
        }
        record(unit, UnitStatus.VACANT, since, reason, acting.user());
    }

    private void record(Unit unit, UnitStatus status, LocalDate since, String reason, CurrentUser user) {
        units.saveStatus(unit, status, since);
        units.history(unit.id(), status, since, reason, user.username(), acting.nowWithOffset());
        Unit after = units.find(unit.id(), user.scope()).orElseThrow();
        acting.audit().updated(ENTITY, unit.id(), complex(unit.complexId()).regionCode(), unit, after);
    }

    /** Staff of a chamber and administrators write; the ministry only reads (403). */
    public static CurrentUser mayWrite(CurrentUser user) {
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT)) {
            throw new AccessDeniedException("read-only role");
        }
        return user;
    }
}
