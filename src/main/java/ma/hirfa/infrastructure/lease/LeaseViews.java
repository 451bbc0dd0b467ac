package ma.hirfa.infrastructure.lease;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import ma.hirfa.infrastructure.unit.Unit;
import ma.hirfa.infrastructure.unit.Units;
import org.springframework.stereotype.Component;

/** Builds the views of leases, with their arrears as of today. */
@Component
class LeaseViews {

    private final LeaseService leases;
    private final Units units;
    private final Clock clock;

    LeaseViews(LeaseService leases, Units units, Clock clock) {
        this.leases = leases;
        this.units = units;
        this.clock = clock;
    }

    LeaseView full(long id, Locale locale) {
        Lease l = leases.get(id);
        Unit unit = units.get(l.unitId());
        LocalDate today = LocalDate.now(clock);
        List<Due> dues = leases.dues(id);
        List<Payment> payments = leases.payments(id);
        Arrears arrears = Arrears.of(dues, payments, today);
        return new LeaseView(
                l.id(),
                l.unitId(),
                unit.unitNumber(),
                l.complexId(),
                units.complex(l.complexId()).name(locale),
                l.holderKind(),
                l.holderId(),
                l.holderName(),
                l.startsOn(),
                l.endsOn(),
                l.monthlyRent(),
                l.deposit(),
                l.status(),
                l.renewals(),
                l.terminationReason(),
                l.noticeOn(),
                l.keysHandedOn(),
                l.keysHandedTo(),
                l.callId(),
                arrears.dueToDate(),
                arrears.paid(),
                arrears.owed(),
                arrears.credit(),
                dues.stream()
                        .map(d -> new LeaseView.DueLine(
                                d.dueOn(), d.amount(), !d.dueOn().isAfter(today)))
                        .toList(),
                payments.stream()
                        .map(p -> new LeaseView.PaymentLine(p.paidOn(), p.amount(), p.reference()))
                        .toList());
    }

    /** The unit's leases, newest first, with what each owes (a short view: no schedule). */
    List<LeaseView> ofUnit(long unitId, Locale locale) {
        return leases.ofUnit(unitId).stream().map(l -> full(l.id(), locale)).toList();
    }
}
