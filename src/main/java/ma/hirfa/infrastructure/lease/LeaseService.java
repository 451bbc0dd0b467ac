package ma.hirfa.infrastructure.lease;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ma.hirfa.infrastructure.unit.ComplexRef;
import ma.hirfa.infrastructure.unit.Unit;
import ma.hirfa.infrastructure.unit.Units;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.PlausibleDates;
import ma.hirfa.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leases of the units: making one (the holder eligible, the unit free for those days, under the unit's row lock),
 * payments, renewal, termination with notice, key hand-over. Each change is audited in its transaction; a refusal
 * writes nothing.
 */
@Service
@Transactional(readOnly = true)
class LeaseService {

    static final String PAYMENT = "InfrastructureLeasePayment";
    private static final int DEPOSIT_MONTHS = 2;

    private final LeaseRepository leases;
    private final LeaseWriter writer;
    private final Holders holders;
    private final Units units;
    private final Acting acting;

    LeaseService(LeaseRepository leases, LeaseWriter writer, Holders holders, Units units, Acting acting) {
        this.leases = leases;
        this.writer = writer;
        this.holders = holders;
        this.units = units;
        this.acting = acting;
    }

    Lease get(long id) {
        return leases.find(id, acting.user().scope()).orElseThrow(() -> Refusal.notFound("Lease", id));
    }

    List<Lease> ofUnit(long unitId) {
        units.get(unitId);
        return leases.ofUnit(unitId);
    }

    List<Due> dues(long leaseId) {
        return leases.dues(get(leaseId).id());
    }

    List<Payment> payments(long leaseId) {
        return leases.payments(get(leaseId).id());
    }

    Arrears arrears(long leaseId) {
        return Arrears.of(leases.dues(leaseId), leases.payments(leaseId), acting.today());
    }

    @Transactional
    long create(long unitId, LeaseForm form) {
        Units.mayWrite(acting.user());
        Unit unit = units.get(unitId);
        BigDecimal rent = form.monthlyRent() == null ? unit.monthlyRent() : form.monthlyRent();
        BigDecimal deposit =
                form.deposit() == null ? rent.multiply(BigDecimal.valueOf(DEPOSIT_MONTHS)) : form.deposit();
        Terms.check(form.startsOn(), form.endsOn(), rent, deposit);
        ComplexRef complex = units.complex(unit.complexId());
        Holder holder = holder(form, complex);
        Unit locked = units.lockAndGet(unitId);
        Refusal taken = writer.unitProblem(locked, form.startsOn(), form.endsOn());
        if (taken != null) {
            throw taken.location("/api/v1/infrastructure/units/" + unitId + "/leases");
        }
        return writer.write(locked, complex, holder, form.startsOn(), form.endsOn(), rent, deposit, null);
    }

    @Transactional
    long pay(long leaseId, PaymentForm form) {
        CurrentUser user = Units.mayWrite(acting.user());
        PlausibleDates.check("paidOn", form.paidOn());
        Lease lease = get(leaseId);
        if (!lease.active()) {
            throw Refusal.conflict("infrastructure.lease.terminated");
        }
        Refusal refusal = Refusal.invalid();
        Terms.amount(refusal, "amount", form.amount(), false, Terms.MAX_AMOUNT);
        if (form.paidOn().isAfter(acting.today())) {
            refusal.field("paidOn", "infrastructure.lease.payment.future");
        }
        refusal.throwIfAny();
        String reference = form.reference() == null || form.reference().isBlank()
                ? null
                : form.reference().strip();
        long id = leases.insertPayment(
                leaseId, form.paidOn(), form.amount(), reference, user.username(), acting.nowWithOffset());
        acting.audit().created(PAYMENT, id, lease.regionCode(), form);
        return id;
    }

    @Transactional
    void renew(long leaseId, RenewalForm form) {
        Units.mayWrite(acting.user());
        PlausibleDates.check("endsOn", form.endsOn());
        Lease lease = get(leaseId);
        if (!lease.active()) {
            throw Refusal.conflict("infrastructure.lease.terminated");
        }
        BigDecimal rent = form.monthlyRent() == null ? lease.monthlyRent() : form.monthlyRent();
        Refusal refusal = Refusal.invalid();
        if (!form.endsOn().isAfter(lease.endsOn())) {
            refusal.field("endsOn", "infrastructure.lease.renewal.notLater", lease.endsOn());
        } else if (form.endsOn().isAfter(lease.endsOn().plusYears(Terms.MAX_YEARS))) {
            refusal.field("endsOn", "infrastructure.lease.endsOn.tooLong", Terms.MAX_YEARS);
        }
        Terms.amount(refusal, "monthlyRent", rent, false, Terms.MAX_RENT);
        refusal.throwIfAny();
        Unit unit = units.lockAndGet(lease.unitId());
        if (leases.overlapping(unit.id(), lease.endsOn().plusDays(1), form.endsOn(), lease.id()) > 0) {
            throw Refusal.conflict("infrastructure.lease.unit.taken", unit.unitNumber());
        }
        leases.insertDues(leaseId, Terms.schedule(lease.endsOn(), lease.startsOn(), form.endsOn()), rent);
        save(lease, withEnd(lease, form.endsOn(), rent, lease.renewals() + 1, LeaseStatus.ACTIVE, null, null));
    }

    @Transactional
    void terminate(long leaseId, TerminationForm form) {
        Units.mayWrite(acting.user());
        PlausibleDates.check("noticeOn", form.noticeOn());
        PlausibleDates.check("endsOn", form.endsOn());
        Lease lease = get(leaseId);
        if (!lease.active()) {
            throw Refusal.conflict("infrastructure.lease.terminated");
        }
        Refusal refusal = Refusal.invalid();
        if (form.endsOn().isBefore(form.noticeOn())) {
            refusal.field("endsOn", "infrastructure.lease.termination.beforeNotice");
        }
        if (!form.endsOn().isAfter(lease.startsOn()) || form.endsOn().isAfter(lease.endsOn())) {
            refusal.field("endsOn", "infrastructure.lease.termination.outside", lease.startsOn(), lease.endsOn());
        }
        refusal.throwIfAny();
        Unit unit = units.lockAndGet(lease.unitId());
        leases.dropDuesFrom(leaseId, form.endsOn());
        save(
                lease,
                withEnd(
                        lease,
                        form.endsOn(),
                        lease.monthlyRent(),
                        lease.renewals(),
                        LeaseStatus.TERMINATED,
                        form.reason(),
                        form.noticeOn()));
        boolean later = leases.ofUnit(unit.id()).stream()
                .anyMatch(l -> l.id() != leaseId && l.endsOn().isAfter(form.endsOn()));
        if (!later) {
            units.released(unit, form.endsOn().plusDays(1), "lease " + leaseId + " " + form.reason());
        }
    }

    @Transactional
    void handOverKeys(long leaseId, KeysForm form) {
        Units.mayWrite(acting.user());
        PlausibleDates.check("handedOn", form.handedOn());
        Lease lease = get(leaseId);
        Lease after = new Lease(
                lease.id(),
                lease.unitId(),
                lease.complexId(),
                lease.regionCode(),
                lease.holderKind(),
                lease.holderId(),
                lease.holderName(),
                lease.startsOn(),
                lease.endsOn(),
                lease.monthlyRent(),
                lease.deposit(),
                lease.status(),
                lease.callId(),
                lease.renewals(),
                lease.terminationReason(),
                lease.noticeOn(),
                form.handedOn(),
                form.handedTo().strip(),
                lease.createdBy(),
                lease.createdAt(),
                lease.version());
        save(lease, after);
    }

    private Holder holder(LeaseForm form, ComplexRef complex) {
        if (form.organisationId() != null) {
            return holders.eligible(HolderKind.ORGANISATION, form.organisationId(), complex.regionCode());
        }
        Long artisanId = form.artisanId();
        if (artisanId == null
                && form.holderReference() != null
                && !form.holderReference().isBlank()) {
            artisanId = holders.artisanByReference(form.holderReference())
                    .orElseThrow(() -> Refusal.invalidField("holderReference", "infrastructure.lease.holder.unknown"));
        }
        if (artisanId == null) {
            throw Refusal.invalidField("artisanId", "infrastructure.lease.holder.missing");
        }
        return holders.eligible(HolderKind.ARTISAN, artisanId, complex.regionCode());
    }

    private void save(Lease before, Lease after) {
        leases.save(after);
        acting.audit().updated(LeaseWriter.ENTITY, before.id(), before.regionCode(), before, get(before.id()));
    }

    private static Lease withEnd(
            Lease l,
            LocalDate endsOn,
            BigDecimal rent,
            int renewals,
            LeaseStatus status,
            TerminationReason reason,
            LocalDate noticeOn) {
        return new Lease(
                l.id(),
                l.unitId(),
                l.complexId(),
                l.regionCode(),
                l.holderKind(),
                l.holderId(),
                l.holderName(),
                l.startsOn(),
                endsOn,
                rent,
                l.deposit(),
                status,
                l.callId(),
                renewals,
                reason,
                noticeOn,
                l.keysHandedOn(),
                l.keysHandedTo(),
                l.createdBy(),
                l.createdAt(),
                l.version());
    }
}
