package ma.hirfa.coverage.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of committed fund files that the reconciliation page shows. */
@Repository
class FundLineStore {

    private final JdbcClient jdbc;
    /** Lines are stamped when written or resolved, so their writers need no clock of their own. */
    private final Clock clock;

    FundLineStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Line(
            long id,
            long jobId,
            FundFileKind kind,
            String regionCode,
            long line,
            LineStatus status,
            String flag,
            Long artisanId,
            Long proposedArtisanId,
            BigDecimal score,
            String nationalId,
            String fullName,
            String raw) {}

    void add(long jobId, FundFileKind kind, String region, FundRow row, LineStatus status, Evaluation e) {
        jdbc.sql("insert into cov_fund_line (job_id, kind, region_code, line_number, status, flag, artisan_id,"
                        + " proposed_artisan_id, score, national_id, full_name, raw_line, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        jobId,
                        kind.name(),
                        region,
                        row.line(),
                        status.name(),
                        e.flag(),
                        e.match().artisanId(),
                        e.match().proposedArtisanId(),
                        e.match().score() == null
                                ? null
                                : BigDecimal.valueOf(e.match().score()).setScale(2, RoundingMode.HALF_UP),
                        cut(row.get("national_id"), 20),
                        cut(name(row), 200),
                        cut(row.raw(), 2000),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Moves a line waiting for an officer to its outcome; false when it was no longer waiting. */
    boolean resolve(long id, LineStatus status, Long artisanId, String by) {
        return jdbc.sql("update cov_fund_line set status = ?, artisan_id = ?, resolved_by = ?, resolved_at = ?"
                                + " where id = ? and status = 'PROPOSED'")
                        .params(status.name(), artisanId, by, clock.instant().atOffset(ZoneOffset.UTC), id)
                        .update()
                == 1;
    }

    Optional<Line> find(long id) {
        return jdbc.sql("select * from cov_fund_line where id = ?")
                .param(id)
                .query((rs, n) -> line(rs))
                .optional();
    }

    /** Lines of the region (all regions when null) with one of these statuses or this flag, newest first. */
    List<Line> lines(String region, List<String> statuses, String flag) {
        return jdbc.sql("select * from cov_fund_line where (cast(:region as varchar) is null or region_code = :region)"
                        + " and (status in (:statuses) or flag = :flag) order by job_id desc, line_number limit 500")
                .param("region", region)
                .param("statuses", statuses)
                .param("flag", flag)
                .query((rs, n) -> line(rs))
                .list();
    }

    /** How many lines {@link #lines} finds, without its cut at 500. */
    long count(String region, List<String> statuses, String flag) {
        return jdbc.sql(
                        "select count(*) from cov_fund_line where (cast(:region as varchar) is null or region_code = :region)"
                                + " and (status in (:statuses) or flag = :flag)")
                .param("region", region)
                .param("statuses", statuses)
                .param("flag", flag)
                .query(Long.class)
                .single();
    }

    private static Line line(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Line(
                rs.getLong("id"),
                rs.getLong("job_id"),
                FundFileKind.valueOf(rs.getString("kind")),
                rs.getString("region_code"),
                rs.getLong("line_number"),
                LineStatus.valueOf(rs.getString("status")),
                rs.getString("flag"),
                (Long) rs.getObject("artisan_id", Long.class),
                (Long) rs.getObject("proposed_artisan_id", Long.class),
                rs.getBigDecimal("score"),
                rs.getString("national_id"),
                rs.getString("full_name"),
                rs.getString("raw_line"));
    }

    private static String name(FundRow row) {
        String last = row.get("last_name");
        String first = row.get("first_name");
        if (last == null && first == null) {
            return null;
        }
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
