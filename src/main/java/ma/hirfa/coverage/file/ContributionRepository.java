package ma.hirfa.coverage.file;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Monthly contributions (cov_contribution): months are {@code YYYY-MM} text and money NUMERIC(12,2), which the row
 * mapper turns into {@link YearMonth} and {@link BigDecimal}. No access rule here: callers check.
 */
@Repository
public class ContributionRepository {

    private final JdbcClient jdbc;

    ContributionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                        SqlValues.timestamp(now))
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
                SqlValues.date(rs, "paid_on"),
                SqlValues.date(rs, "recorded_on"),
                ContributionSource.valueOf(rs.getString("source")));
    }
}
