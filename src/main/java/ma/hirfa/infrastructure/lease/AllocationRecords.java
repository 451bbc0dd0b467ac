package ma.hirfa.infrastructure.lease;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import ma.hirfa.calls.Applicant;
import ma.hirfa.platform.Refusal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The allocations made from calls ({@code infra_allocation}) and what each applicant got from them. */
@Repository
class AllocationRecords {

    /** When and by whom a call's ranking was allocated, for which days. */
    record Made(long callId, long complexId, LocalDate startsOn, LocalDate endsOn, String by, OffsetDateTime at) {}

    private final JdbcTemplate jdbc;

    AllocationRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the call before any lease is written: a second allocation waits on the first's key, then is
     * refused (409), on every node.
     */
    void claim(
            long callId,
            long complexId,
            String region,
            LocalDate startsOn,
            LocalDate endsOn,
            String by,
            OffsetDateTime at) {
        try {
            jdbc.update(
                    "insert into infra_allocation (call_id, complex_id, region_code, starts_on, ends_on, allocated_by,"
                            + " allocated_at) values (?, ?, ?, ?, ?, ?, ?)",
                    callId,
                    complexId,
                    region,
                    startsOn,
                    endsOn,
                    by,
                    at);
        } catch (DuplicateKeyException alreadyDone) {
            throw Refusal.conflict("infrastructure.allocation.already");
        }
    }

    void save(Allocation allocation) {
        String sql = "insert into infra_allocation_outcome (call_id, application_id, applicant_kind, applicant_id,"
                + " applicant_name, rank_no, unit_id, unit_number, lease_id, reason_key) values (?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)";
        allocation
                .allocated()
                .forEach(a -> jdbc.update(
                        sql,
                        allocation.callId(),
                        a.applicationId(),
                        a.applicant().kind().name(),
                        a.applicant().id(),
                        a.name(),
                        a.rank(),
                        a.unitId(),
                        a.unitNumber(),
                        a.leaseId(),
                        null));
        allocation
                .notAllocated()
                .forEach(n -> jdbc.update(
                        sql,
                        allocation.callId(),
                        n.applicationId(),
                        n.applicant().kind().name(),
                        n.applicant().id(),
                        n.name(),
                        n.rank(),
                        null,
                        null,
                        null,
                        n.reasonKey()));
    }

    Optional<Made> made(long callId) {
        return jdbc
                .query(
                        "select call_id, complex_id, starts_on, ends_on, allocated_by, allocated_at from infra_allocation"
                                + " where call_id = ?",
                        (rs, i) -> new Made(
                                rs.getLong("call_id"),
                                rs.getLong("complex_id"),
                                rs.getObject("starts_on", LocalDate.class),
                                rs.getObject("ends_on", LocalDate.class),
                                rs.getString("allocated_by"),
                                rs.getObject("allocated_at", OffsetDateTime.class)),
                        callId)
                .stream()
                .findFirst();
    }

    /** The outcome of a call's allocation, in rank order. */
    Allocation outcome(long callId) {
        List<Allocation.Allocated> allocated = new java.util.ArrayList<>();
        List<Allocation.NotAllocated> nothing = new java.util.ArrayList<>();
        jdbc.query(
                "select application_id, applicant_kind, applicant_id, applicant_name, rank_no, unit_id, unit_number, lease_id, reason_key from"
                        + " infra_allocation_outcome where call_id = ? order by rank_no, application_id",
                rs -> {
                    Applicant applicant = new Applicant(
                            Applicant.Kind.valueOf(rs.getString("applicant_kind")), rs.getLong("applicant_id"));
                    if (rs.getObject("lease_id") != null) {
                        allocated.add(new Allocation.Allocated(
                                rs.getLong("application_id"),
                                applicant,
                                rs.getString("applicant_name"),
                                rs.getInt("rank_no"),
                                rs.getLong("unit_id"),
                                rs.getString("unit_number"),
                                rs.getLong("lease_id")));
                    } else {
                        nothing.add(new Allocation.NotAllocated(
                                rs.getLong("application_id"),
                                applicant,
                                rs.getString("applicant_name"),
                                rs.getInt("rank_no"),
                                rs.getString("reason_key")));
                    }
                },
                callId);
        return new Allocation(callId, allocated, nothing);
    }
}
