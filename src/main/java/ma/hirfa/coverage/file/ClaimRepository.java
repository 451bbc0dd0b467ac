package ma.hirfa.coverage.file;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.hirfa.coverage.rights.ClaimDecision;
import ma.hirfa.coverage.rights.RejectionReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Claim files and their follow-up notes (cov_claim, cov_claim_note). No access rule here: callers check. */
@Repository
public class ClaimRepository {

    private final JdbcClient jdbc;

    ClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                        SqlValues.name(c.rejectionReason()),
                        c.decidedOn(),
                        c.amountReimbursed(),
                        SqlValues.name(c.caseStatus()),
                        SqlValues.timestamp(now),
                        SqlValues.timestamp(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateClaim(ClaimFile c, Instant now) {
        jdbc.sql("update cov_claim set decision = ?, rejection_reason = ?, decided_on = ?, amount_reimbursed = ?,"
                        + " case_status = ?, updated_at = ? where id = ?")
                .params(
                        c.decision().name(),
                        SqlValues.name(c.rejectionReason()),
                        c.decidedOn(),
                        c.amountReimbursed(),
                        SqlValues.name(c.caseStatus()),
                        SqlValues.timestamp(now),
                        c.id())
                .update();
    }

    void addNote(long claimId, String by, String note, Instant now) {
        jdbc.sql("insert into cov_claim_note (claim_id, written_at, written_by, note) values (?, ?, ?, ?)")
                .params(claimId, SqlValues.timestamp(now), by, note)
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
                SqlValues.date(rs, "care_date"),
                SqlValues.date(rs, "filed_on"),
                rs.getBigDecimal("amount_claimed"),
                ClaimDecision.valueOf(rs.getString("decision")),
                reason == null ? null : RejectionReason.valueOf(reason),
                SqlValues.date(rs, "decided_on"),
                rs.getBigDecimal("amount_reimbursed"),
                caseStatus == null ? null : CaseStatus.valueOf(caseStatus));
    }
}
