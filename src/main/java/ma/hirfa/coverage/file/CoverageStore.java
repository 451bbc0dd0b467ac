package ma.hirfa.coverage.file;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.hirfa.coverage.rights.ClaimDecision;
import ma.hirfa.coverage.rights.Regime;
import ma.hirfa.coverage.rights.RejectionReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The coverage tables, read and written with plain SQL: months are {@code YYYY-MM} text and money NUMERIC(12,2),
 * which a row mapper turns into {@link YearMonth} and {@link BigDecimal}. No access rule here: callers check.
 */
@Repository
public class CoverageStore {

    private final JdbcClient jdbc;

    CoverageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Enrolment> enrolment(long artisanId) {
        return jdbc.sql("select * from cov_enrolment where artisan_id = ?")
                .param(artisanId)
                .query((rs, n) -> enrolment(rs))
                .optional();
    }

    public Optional<Enrolment> enrolmentByFundNumber(String fundNumber) {
        return jdbc.sql("select * from cov_enrolment where fund_number = ?")
                .param(fundNumber)
                .query((rs, n) -> enrolment(rs))
                .optional();
    }

    public Optional<Enrolment> enrolmentByNationalId(String nationalId) {
        return jdbc
                .sql("select * from cov_enrolment where national_id = ?")
                .param(nationalId)
                .query((rs, n) -> enrolment(rs))
                .list()
                .stream()
                .findFirst();
    }

    /** Enrolments of a region (all when {@code regionCode} is null). */
    public List<Enrolment> enrolments(String regionCode) {
        return jdbc.sql("select * from cov_enrolment where (cast(? as varchar) is null or region_code = ?)"
                        + " order by artisan_id")
                .param(regionCode)
                .param(regionCode)
                .query((rs, n) -> enrolment(rs))
                .list();
    }

    private Enrolment enrolment(ResultSet rs) throws SQLException {
        long artisanId = rs.getLong("artisan_id");
        return new Enrolment(
                artisanId,
                rs.getString("region_code"),
                rs.getString("province_code"),
                rs.getString("craft_code"),
                rs.getString("national_id"),
                Regime.valueOf(rs.getString("regime")),
                rs.getString("fund_number"),
                date(rs, "enrolled_on"),
                EnrolmentStatus.valueOf(rs.getString("status")),
                beneficiaries(artisanId));
    }

    List<Beneficiary> beneficiaries(long artisanId) {
        return jdbc.sql("select * from cov_beneficiary where artisan_id = ? order by id")
                .param(artisanId)
                .query((rs, n) -> new Beneficiary(
                        Relation.valueOf(rs.getString("relation")), rs.getString("full_name"), date(rs, "birth_date")))
                .list();
    }

    List<RecordedBeneficiary> recordedBeneficiaries(long artisanId) {
        return jdbc.sql("select * from cov_beneficiary where artisan_id = ? order by id")
                .param(artisanId)
                .query((rs, n) -> new RecordedBeneficiary(
                        rs.getLong("id"),
                        Relation.valueOf(rs.getString("relation")),
                        rs.getString("full_name"),
                        date(rs, "birth_date")))
                .list();
    }

    long insertBeneficiary(long artisanId, Beneficiary b) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into cov_beneficiary (artisan_id, relation, full_name, birth_date) values (?, ?, ?, ?)")
                .params(artisanId, b.relation().name(), b.fullName(), b.birthDate())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    int deleteBeneficiary(long artisanId, long id) {
        return jdbc.sql("delete from cov_beneficiary where artisan_id = ? and id = ?")
                .params(artisanId, id)
                .update();
    }

    void saveEnrolment(Enrolment e, boolean exists, Instant now) {
        if (exists) {
            jdbc.sql("update cov_enrolment set region_code = ?, province_code = ?, craft_code = ?, national_id = ?,"
                            + " regime = ?, fund_number = ?, enrolled_on = ?, status = ?, updated_at = ?"
                            + " where artisan_id = ?")
                    .params(
                            e.regionCode(),
                            e.provinceCode(),
                            e.craftCode(),
                            e.nationalId(),
                            e.regime().name(),
                            e.fundNumber(),
                            e.enrolledOn(),
                            e.status().name(),
                            timestamp(now),
                            e.artisanId())
                    .update();
        } else {
            jdbc.sql("insert into cov_enrolment (artisan_id, region_code, province_code, craft_code, national_id,"
                            + " regime, fund_number, enrolled_on, status, created_at, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            e.artisanId(),
                            e.regionCode(),
                            e.provinceCode(),
                            e.craftCode(),
                            e.nationalId(),
                            e.regime().name(),
                            e.fundNumber(),
                            e.enrolledOn(),
                            e.status().name(),
                            timestamp(now),
                            timestamp(now))
                    .update();
        }
        if (beneficiaries(e.artisanId()).equals(e.beneficiaries())) {
            return; // unchanged: the rows keep their ids, which the page uses to remove one
        }
        jdbc.sql("delete from cov_beneficiary where artisan_id = ?")
                .param(e.artisanId())
                .update();
        for (Beneficiary b : e.beneficiaries()) {
            insertBeneficiary(e.artisanId(), b);
        }
    }

    public List<Contribution> contributions(long artisanId) {
        return jdbc.sql("select * from cov_contribution where artisan_id = ? order by ref_month")
                .param(artisanId)
                .query((rs, n) -> contribution(rs))
                .list();
    }

    /** Contributions of many artisans at once (dashboards, retroactive list). */
    public List<Contribution> contributionsOf(String regionCode) {
        return jdbc.sql("select * from cov_contribution where (cast(? as varchar) is null or region_code = ?)"
                        + " order by artisan_id, ref_month")
                .param(regionCode)
                .param(regionCode)
                .query((rs, n) -> contribution(rs))
                .list();
    }

    Optional<Contribution> contribution(long artisanId, YearMonth month) {
        return jdbc.sql("select * from cov_contribution where artisan_id = ? and ref_month = ?")
                .params(artisanId, month.toString())
                .query((rs, n) -> contribution(rs))
                .optional();
    }

    long insertContribution(
            long artisanId,
            String regionCode,
            YearMonth month,
            BigDecimal amount,
            LocalDate paidOn,
            LocalDate recordedOn,
            ContributionSource source,
            Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into cov_contribution (artisan_id, region_code, ref_month, amount, paid_on, recorded_on,"
                        + " source, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        artisanId,
                        regionCode,
                        month.toString(),
                        amount,
                        paidOn,
                        recordedOn,
                        source.name(),
                        timestamp(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void recordContribution(long id, LocalDate recordedOn) {
        jdbc.sql("update cov_contribution set recorded_on = ? where id = ?")
                .params(recordedOn, id)
                .update();
    }

    private static Contribution contribution(ResultSet rs) throws SQLException {
        return new Contribution(
                rs.getLong("id"),
                rs.getLong("artisan_id"),
                YearMonth.parse(rs.getString("ref_month")),
                rs.getBigDecimal("amount"),
                date(rs, "paid_on"),
                date(rs, "recorded_on"),
                ContributionSource.valueOf(rs.getString("source")));
    }

    public List<ClaimFile> claims(long artisanId) {
        return jdbc.sql("select * from cov_claim where artisan_id = ? order by care_date desc, id desc")
                .param(artisanId)
                .query((rs, n) -> claim(rs))
                .list();
    }

    public List<ClaimFile> claimsOf(String regionCode) {
        return jdbc.sql("select * from cov_claim where (cast(? as varchar) is null or region_code = ?)"
                        + " order by province_code, craft_code, artisan_id, care_date")
                .param(regionCode)
                .param(regionCode)
                .query((rs, n) -> claim(rs))
                .list();
    }

    public Optional<ClaimFile> claim(long id) {
        return jdbc.sql("select * from cov_claim where id = ?")
                .param(id)
                .query((rs, n) -> claim(rs))
                .optional();
    }

    public Optional<ClaimFile> claimByFundReference(String reference) {
        return jdbc
                .sql("select * from cov_claim where fund_reference = ?")
                .param(reference)
                .query((rs, n) -> claim(rs))
                .list()
                .stream()
                .findFirst();
    }

    long insertClaim(ClaimFile c, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into cov_claim (artisan_id, region_code, province_code, craft_code, fund_reference,"
                        + " care_date, filed_on, amount_claimed, decision, rejection_reason, decided_on,"
                        + " amount_reimbursed, case_status, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        c.artisanId(),
                        c.regionCode(),
                        c.provinceCode(),
                        c.craftCode(),
                        c.fundReference(),
                        c.careDate(),
                        c.filedOn(),
                        c.amountClaimed(),
                        c.decision().name(),
                        name(c.rejectionReason()),
                        c.decidedOn(),
                        c.amountReimbursed(),
                        name(c.caseStatus()),
                        timestamp(now),
                        timestamp(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateClaim(ClaimFile c, Instant now) {
        jdbc.sql("update cov_claim set decision = ?, rejection_reason = ?, decided_on = ?, amount_reimbursed = ?,"
                        + " case_status = ?, updated_at = ? where id = ?")
                .params(
                        c.decision().name(),
                        name(c.rejectionReason()),
                        c.decidedOn(),
                        c.amountReimbursed(),
                        name(c.caseStatus()),
                        timestamp(now),
                        c.id())
                .update();
    }

    void addNote(long claimId, String by, String note, Instant now) {
        jdbc.sql("insert into cov_claim_note (claim_id, written_at, written_by, note) values (?, ?, ?, ?)")
                .params(claimId, timestamp(now), by, note)
                .update();
    }

    public List<ClaimNote> notes(long claimId) {
        return jdbc.sql("select * from cov_claim_note where claim_id = ? order by id")
                .param(claimId)
                .query((rs, n) -> new ClaimNote(
                        rs.getObject("written_at", OffsetDateTime.class).toInstant(),
                        rs.getString("written_by"),
                        rs.getString("note")))
                .list();
    }

    /** The follow-up notes of all the artisan's claims, oldest first, by claim id. */
    Map<Long, List<ClaimNote>> notesOfArtisan(long artisanId) {
        Map<Long, List<ClaimNote>> notes = new LinkedHashMap<>();
        jdbc.sql("select n.* from cov_claim_note n join cov_claim c on c.id = n.claim_id where c.artisan_id = ?"
                        + " order by n.id")
                .param(artisanId)
                .query(rs -> {
                    notes.computeIfAbsent(rs.getLong("claim_id"), k -> new ArrayList<>())
                            .add(new ClaimNote(
                                    rs.getObject("written_at", OffsetDateTime.class)
                                            .toInstant(),
                                    rs.getString("written_by"),
                                    rs.getString("note")));
                });
        return notes;
    }

    private static ClaimFile claim(ResultSet rs) throws SQLException {
        String reason = rs.getString("rejection_reason");
        String caseStatus = rs.getString("case_status");
        return new ClaimFile(
                rs.getLong("id"),
                rs.getLong("artisan_id"),
                rs.getString("region_code"),
                rs.getString("province_code"),
                rs.getString("craft_code"),
                rs.getString("fund_reference"),
                date(rs, "care_date"),
                date(rs, "filed_on"),
                rs.getBigDecimal("amount_claimed"),
                ClaimDecision.valueOf(rs.getString("decision")),
                reason == null ? null : RejectionReason.valueOf(reason),
                date(rs, "decided_on"),
                rs.getBigDecimal("amount_reimbursed"),
                caseStatus == null ? null : CaseStatus.valueOf(caseStatus));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Ids of enrolled artisans among the given ones. */
    public List<Long> enrolledAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select artisan_id from cov_enrolment where artisan_id in (:ids)")
                .param("ids", ids)
                .query(Long.class)
                .list();
    }
}
