package ma.hirfa.infrastructure.lease;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A lease as pages and the API show it, with its schedule, payments and what it owes today. */
record LeaseView(
        long id,
        long unitId,
        String unitNumber,
        long complexId,
        String complexName,
        HolderKind holderKind,
        long holderId,
        String holderName,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal monthlyRent,
        BigDecimal deposit,
        LeaseStatus status,
        int renewals,
        TerminationReason terminationReason,
        LocalDate noticeOn,
        LocalDate keysHandedOn,
        String keysHandedTo,
        Long callId,
        BigDecimal dueToDate,
        BigDecimal paid,
        BigDecimal arrears,
        BigDecimal credit,
        List<DueLine> dues,
        List<PaymentLine> payments) {

    /** One month of the schedule; {@code fallenDue} once its day is past. */
    record DueLine(LocalDate dueOn, BigDecimal amount, boolean fallenDue) {}

    record PaymentLine(LocalDate paidOn, BigDecimal amount, String reference) {}
}
