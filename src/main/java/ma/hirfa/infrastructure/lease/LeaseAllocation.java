package ma.hirfa.infrastructure.lease;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ma.hirfa.calls.Applicant;
import ma.hirfa.calls.CallRanking;
import ma.hirfa.calls.RankedApplication;
import ma.hirfa.infrastructure.unit.ComplexRef;
import ma.hirfa.infrastructure.unit.Unit;
import ma.hirfa.infrastructure.unit.Units;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the final ranking of a call for the units of a complex into leases: in rank order, each applicant gets its
 * most preferred unit that is still free for the lease's days; an applicant no longer eligible, or whose every
 * preference is taken, gets nothing, with the reason. All leases are made in one transaction, each under its
 * unit's row lock, through the same writer as a lease made by hand, so a unit leased meanwhile by an agent is
 * simply taken (ADR 0048). Each lease is at the unit's rent, with two months of deposit. A call is allocated once:
 * the outcome is kept ({@code infra_allocation}) for the page that shows it, and a second try is refused (409).
 */
@Service
public class LeaseAllocation {

    static final String ENTITY = "InfrastructureAllocation";

    private final Units units;
    private final Holders holders;
    private final LeaseWriter writer;
    private final AllocationRecords records;
    private final Acting acting;

    LeaseAllocation(Units units, Holders holders, LeaseWriter writer, AllocationRecords records, Acting acting) {
        this.units = units;
        this.holders = holders;
        this.writer = writer;
        this.records = records;
        this.acting = acting;
    }

    /** What the allocation from this call gave, if it was made; the complex is out of scope: 404. */
    @Transactional(readOnly = true)
    public Optional<Allocation> made(long callId, long complexId) {
        units.complex(complexId);
        return records.made(callId).filter(m -> m.complexId() == complexId).map(m -> records.outcome(callId));
    }

    /** The days the page proposes before an allocation: leases of three years from the first of next month. */
    AllocationRequest proposal(long callId) {
        LocalDate start = acting.today().plusMonths(1).withDayOfMonth(1);
        return new AllocationRequest(callId, start, start.plusYears(3).minusDays(1));
    }

    /** The days the leases of this call's allocation run, if it was made. */
    @Transactional(readOnly = true)
    Optional<AllocationRecords.Made> record(long callId) {
        return records.made(callId);
    }

    @Transactional
    public Allocation allocate(CallRanking ranking, LocalDate startsOn, LocalDate endsOn) {
        Units.mayWrite(acting.user());
        if (!UnitOffering.KIND.equals(ranking.kind())) {
            throw Refusal.invalid("infrastructure.allocation.wrongKind", ranking.kind());
        }
        Terms.check(startsOn, endsOn, BigDecimal.ONE, BigDecimal.ZERO);
        ComplexRef complex = units.complex(ranking.ownerId());
        // claimed first: a second allocation from the same call waits on this row, then is refused (409)
        records.claim(
                ranking.callId(),
                complex.id(),
                complex.regionCode(),
                startsOn,
                endsOn,
                acting.username(),
                acting.nowWithOffset());
        List<Allocation.Allocated> allocated = new ArrayList<>();
        List<Allocation.NotAllocated> nothing = new ArrayList<>();
        List<RankedApplication> inOrder = ranking.ranked().stream()
                .sorted(Comparator.comparingInt(RankedApplication::rank)
                        .thenComparingLong(RankedApplication::applicationId))
                .toList();
        for (RankedApplication application : inOrder) {
            HolderKind kind = application.applicant().kind() == Applicant.Kind.ARTISAN
                    ? HolderKind.ARTISAN
                    : HolderKind.ORGANISATION;
            Refusal ineligible = holders.problem(kind, application.applicant().id(), complex.regionCode());
            if (ineligible != null) {
                nothing.add(notAllocated(application, ineligible.key()));
                continue;
            }
            Holder holder = holders.find(kind, application.applicant().id()).orElseThrow();
            Optional<Allocation.Allocated> got =
                    firstFree(application, complex, holder, startsOn, endsOn, ranking.callId());
            got.ifPresentOrElse(
                    allocated::add,
                    () -> nothing.add(notAllocated(application, "infrastructure.allocation.nothingLeft")));
        }
        Allocation result = new Allocation(ranking.callId(), allocated, nothing);
        records.save(result);
        acting.audit().created(ENTITY, ranking.callId(), complex.regionCode(), result);
        return result;
    }

    private Optional<Allocation.Allocated> firstFree(
            RankedApplication application,
            ComplexRef complex,
            Holder holder,
            LocalDate startsOn,
            LocalDate endsOn,
            long callId) {
        for (String ref : application.preferences()) {
            Optional<Long> unitId = unitOfComplex(ref, complex.id());
            if (unitId.isEmpty()) {
                continue;
            }
            Unit unit = units.lockAndGet(unitId.get());
            if (writer.unitProblem(unit, startsOn, endsOn) != null) {
                continue;
            }
            BigDecimal rent = unit.monthlyRent().signum() > 0 ? unit.monthlyRent() : BigDecimal.ONE;
            long lease = writer.write(
                    unit, complex, holder, startsOn, endsOn, rent, rent.multiply(BigDecimal.valueOf(2)), callId);
            return Optional.of(new Allocation.Allocated(
                    application.applicationId(),
                    application.applicant(),
                    application.applicantName(),
                    application.rank(),
                    unit.id(),
                    unit.unitNumber(),
                    lease));
        }
        return Optional.empty();
    }

    /** The unit a preference names, if it is a unit of this complex (a stale or foreign reference is skipped). */
    private Optional<Long> unitOfComplex(String ref, long complexId) {
        try {
            long id = Long.parseLong(ref.strip());
            return units.ofComplex(complexId).stream()
                    .filter(u -> u.id() == id)
                    .map(Unit::id)
                    .findFirst();
        } catch (NumberFormatException notAUnit) {
            return Optional.empty();
        }
    }

    private static Allocation.NotAllocated notAllocated(RankedApplication a, String reasonKey) {
        return new Allocation.NotAllocated(a.applicationId(), a.applicant(), a.applicantName(), a.rank(), reasonKey);
    }
}
