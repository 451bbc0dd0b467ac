package ma.hirfa.infrastructure.lease;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.list.Criteria;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Leases with their dues and payments; a lease is found only within the user's region. */
@Repository
class LeaseRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LeaseRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<Lease> find(long id, RegionScope scope) {
        Criteria scoped = Criteria.scoped(scope);
        List<Object> args = new ArrayList<>(List.of(id));
        args.addAll(scoped.args());
        return jdbc.sql("select * from infra_lease where id = ?" + scoped.and())
                .params(args)
                .query(Lease.class)
                .optional();
    }

    List<Lease> ofUnit(long unitId) {
        return jdbc.sql("select * from infra_lease where unit_id = ? order by starts_on desc, id desc")
                .param(unitId)
                .query(Lease.class)
                .list();
    }

    /** Leases of the unit whose days meet [from, to] (both included), other than {@code except}. */
    long overlapping(long unitId, LocalDate from, LocalDate to, long except) {
        return jdbc.sql("select count(*) from infra_lease where unit_id = ? and id <> ? and starts_on <= ?"
                        + " and ends_on >= ?")
                .params(unitId, except, to, from)
                .query(Long.class)
                .single();
    }

    long insert(Lease l) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into infra_lease (unit_id, complex_id, region_code, holder_kind, holder_id, holder_name,"
                        + " starts_on, ends_on, monthly_rent, deposit, status, call_id, renewals, created_by,"
                        + " created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0)")
                .params(
                        l.unitId(),
                        l.complexId(),
                        l.regionCode(),
                        l.holderKind().name(),
                        l.holderId(),
                        l.holderName(),
                        l.startsOn(),
                        l.endsOn(),
                        l.monthlyRent(),
                        l.deposit(),
                        l.status().name(),
                        l.callId(),
                        l.createdBy(),
                        l.createdAt())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Saves what changed on a lease (renewal, termination, keys); fails if someone saved it meanwhile. */
    void save(Lease l) {
        int changed = jdbc.sql("update infra_lease set ends_on = ?, monthly_rent = ?, status = ?, renewals = ?,"
                        + " termination_reason = ?, notice_on = ?, keys_handed_on = ?, keys_handed_to = ?,"
                        + " version = version + 1 where id = ? and version = ?")
                .params(
                        l.endsOn(),
                        l.monthlyRent(),
                        l.status().name(),
                        l.renewals(),
                        l.terminationReason() == null
                                ? null
                                : l.terminationReason().name(),
                        l.noticeOn(),
                        l.keysHandedOn(),
                        l.keysHandedTo(),
                        l.id(),
                        l.version())
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("Lease " + l.id() + " changed meanwhile");
        }
    }

    void insertDues(long leaseId, List<LocalDate> days, BigDecimal amount) {
        template.batchUpdate(
                "insert into infra_lease_due (lease_id, due_on, amount) values (?, ?, ?)",
                days.stream().map(d -> new Object[] {leaseId, d, amount}).toList());
    }

    /** The dues of months that begin on or after the lease's new last day. */
    void dropDuesFrom(long leaseId, LocalDate lastDay) {
        jdbc.sql("delete from infra_lease_due where lease_id = ? and due_on >= ?")
                .params(leaseId, lastDay)
                .update();
    }

    List<Due> dues(long leaseId) {
        return jdbc.sql("select * from infra_lease_due where lease_id = ? order by due_on")
                .param(leaseId)
                .query(Due.class)
                .list();
    }

    List<Payment> payments(long leaseId) {
        return jdbc.sql("select * from infra_lease_payment where lease_id = ? order by paid_on, id")
                .param(leaseId)
                .query(Payment.class)
                .list();
    }

    long insertPayment(
            long leaseId, LocalDate paidOn, BigDecimal amount, String reference, String by, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into infra_lease_payment (lease_id, paid_on, amount, reference, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(leaseId, paidOn, amount, reference, by, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Ids of the holder's leases that owe something today (dues up to today more than the payments). */
    List<Long> inArrears(HolderKind kind, long holderId, LocalDate today) {
        return jdbc.sql("select l.id from infra_lease l where l.holder_kind = ? and l.holder_id = ?"
                        + " and coalesce((select sum(d.amount) from infra_lease_due d where d.lease_id = l.id"
                        + " and d.due_on <= ?), 0) > coalesce((select sum(p.amount) from infra_lease_payment p"
                        + " where p.lease_id = l.id), 0) order by l.id")
                .params(kind.name(), holderId, today)
                .query(Long.class)
                .list();
    }

    /**
     * Units whose status may no longer follow from their leases today: leased or reserved ones, and vacant ones a
     * running lease covers.
     */
    List<Long> unitsToReview(LocalDate today) {
        return jdbc.sql("select u.id from infra_unit u where u.status in ('ALLOCATED', 'RESERVED') or (u.status ="
                        + " 'VACANT' and exists (select 1 from infra_lease l where l.unit_id = u.id and l.status ="
                        + " 'ACTIVE' and l.starts_on <= ? and l.ends_on >= ?)) order by u.id")
                .params(today, today)
                .query(Long.class)
                .list();
    }

    /** The running lease's first day, if a lease of the unit covers the day. */
    Optional<LocalDate> runningSince(long unitId, LocalDate day) {
        return jdbc.sql("select min(starts_on) from infra_lease where unit_id = ? and status = 'ACTIVE' and starts_on"
                        + " <= ? and ends_on >= ?")
                .params(unitId, day, day)
                .query(LocalDate.class)
                .optional();
    }

    boolean startsAfter(long unitId, LocalDate day) {
        return jdbc.sql("select count(*) from infra_lease where unit_id = ? and status = 'ACTIVE' and starts_on > ?")
                        .params(unitId, day)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The last day of the unit's latest lease ended before the day, if any. */
    Optional<LocalDate> lastEndBefore(long unitId, LocalDate day) {
        return jdbc.sql("select max(ends_on) from infra_lease where unit_id = ? and status = 'ACTIVE' and ends_on < ?")
                .params(unitId, day)
                .query(LocalDate.class)
                .optional();
    }
}
