package ma.hirfa.coverage.file;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ma.hirfa.coverage.rights.Regime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Enrolments in the health insurance and their beneficiaries (cov_enrolment, cov_beneficiary). No access rule here: callers check. */
@Repository
public class CoverageEnrolmentRepository {

    private final JdbcClient jdbc;

    CoverageEnrolmentRepository(JdbcClient jdbc) {
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
                SqlValues.date(rs, "enrolled_on"),
                EnrolmentStatus.valueOf(rs.getString("status")),
                beneficiaries(artisanId));
    }

    List<Beneficiary> beneficiaries(long artisanId) {
        return jdbc.sql("select * from cov_beneficiary where artisan_id = ? order by id")
                .param(artisanId)
                .query((rs, n) -> new Beneficiary(
                        Relation.valueOf(rs.getString("relation")),
                        rs.getString("full_name"),
                        SqlValues.date(rs, "birth_date")))
                .list();
    }

    List<RecordedBeneficiary> recordedBeneficiaries(long artisanId) {
        return jdbc.sql("select * from cov_beneficiary where artisan_id = ? order by id")
                .param(artisanId)
                .query((rs, n) -> new RecordedBeneficiary(
                        rs.getLong("id"),
                        Relation.valueOf(rs.getString("relation")),
                        rs.getString("full_name"),
                        SqlValues.date(rs, "birth_date")))
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
                            SqlValues.timestamp(now),
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
                            SqlValues.timestamp(now),
                            SqlValues.timestamp(now))
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
