package ma.hirfa.coverage.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The fund imports and their row reports. */
@Repository
class FundImportStore {

    private final JdbcClient jdbc;

    FundImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record FundImport(
            long id,
            FundFileKind kind,
            String fileName,
            String fileHash,
            String regionCode,
            String status,
            int totalRows,
            int appliedRows,
            int refusedRows,
            int proposedRows,
            String createdBy,
            Instant createdAt,
            Instant committedAt) {

        public boolean committed() {
            return "COMMITTED".equals(status);
        }
    }

    record Row(
            long id,
            long importId,
            int line,
            RowOutcome outcome,
            String flag,
            String messageKey,
            List<String> messageArgs,
            Long artisanId,
            Long proposedArtisanId,
            BigDecimal score,
            String nationalId,
            String fullName,
            String raw) {}

    long create(FundFileKind kind, String fileName, String hash, String region, String by, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into cov_fund_import (kind, file_name, file_hash, region_code, status, total_rows,"
                        + " applied_rows, refused_rows, proposed_rows, created_by, created_at)"
                        + " values (?, ?, ?, ?, 'CHECKING', 0, 0, 0, 0, ?, ?)")
                .params(kind.name(), fileName, hash, region, by, now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void finish(long id, String status, Instant committedAt) {
        jdbc.sql("update cov_fund_import set status = ?, committed_at = ?,"
                        + " total_rows = (select count(*) from cov_fund_import_row r where r.import_id = ?),"
                        + " applied_rows = (select count(*) from cov_fund_import_row r where r.import_id = ?"
                        + " and r.outcome in ('APPLIED', 'UNCHANGED')),"
                        + " refused_rows = (select count(*) from cov_fund_import_row r where r.import_id = ?"
                        + " and r.outcome in ('REFUSED', 'UNKNOWN')),"
                        + " proposed_rows = (select count(*) from cov_fund_import_row r where r.import_id = ?"
                        + " and r.outcome = 'PROPOSED') where id = ?")
                .params(status, committedAt == null ? null : committedAt.atOffset(ZoneOffset.UTC), id, id, id, id, id)
                .update();
    }

    void addRow(long importId, FundRow row, Evaluation e, String nationalId, String fullName) {
        jdbc.sql("insert into cov_fund_import_row (import_id, line_number, outcome, flag, message_key, message_args,"
                        + " artisan_id, proposed_artisan_id, score, national_id, full_name, raw_line)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        importId,
                        row.line(),
                        e.outcome().name(),
                        e.flag(),
                        e.key(),
                        String.join("\u001f", e.args()),
                        e.match().artisanId(),
                        e.match().proposedArtisanId(),
                        e.match().score() == null
                                ? null
                                : BigDecimal.valueOf(e.match().score()).setScale(2, java.math.RoundingMode.HALF_UP),
                        nationalId,
                        fullName,
                        cut(row.raw(), 2000))
                .update();
    }

    void updateRow(long rowId, Evaluation e, String resolvedBy, Instant when) {
        jdbc.sql("update cov_fund_import_row set outcome = ?, flag = ?, message_key = ?, message_args = ?,"
                        + " artisan_id = ?, proposed_artisan_id = ?, resolved_by = ?, resolved_at = ? where id = ?")
                .params(
                        e.outcome().name(),
                        e.flag(),
                        e.key(),
                        String.join("\u001f", e.args()),
                        e.match().artisanId(),
                        e.match().proposedArtisanId(),
                        resolvedBy,
                        when == null ? null : when.atOffset(ZoneOffset.UTC),
                        rowId)
                .update();
    }

    Optional<FundImport> find(long id) {
        return jdbc.sql("select * from cov_fund_import where id = ?")
                .param(id)
                .query((rs, n) -> fundImport(rs))
                .optional();
    }

    Optional<FundImport> committedWithHash(FundFileKind kind, String hash, String region) {
        return jdbc
                .sql("select * from cov_fund_import where kind = ? and file_hash = ? and status = 'COMMITTED'"
                        + " and (cast(? as varchar) is null or region_code = ?) order by id")
                .params(kind.name(), hash, region, region)
                .query((rs, n) -> fundImport(rs))
                .list()
                .stream()
                .findFirst();
    }

    List<FundImport> recent(String region) {
        return jdbc.sql("select * from cov_fund_import where (cast(? as varchar) is null or region_code = ?)"
                        + " order by id desc limit 30")
                .params(region, region)
                .query((rs, n) -> fundImport(rs))
                .list();
    }

    List<Row> rows(long importId) {
        return jdbc.sql("select * from cov_fund_import_row where import_id = ? order by line_number")
                .param(importId)
                .query((rs, n) -> row(rs))
                .list();
    }

    Optional<Row> row(long rowId) {
        return jdbc.sql("select * from cov_fund_import_row where id = ?")
                .param(rowId)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** Rows of committed imports of the region with the given outcomes or flag (reconciliation). */
    List<Row> committedRows(String region, List<String> outcomes, String flag) {
        return jdbc.sql("select r.* from cov_fund_import_row r join cov_fund_import i on i.id = r.import_id"
                        + " where i.status = 'COMMITTED' and (cast(:region as varchar) is null or i.region_code = :region)"
                        + " and (r.outcome in (:outcomes) or r.flag = :flag) order by r.import_id desc, r.line_number")
                .param("region", region)
                .param("outcomes", outcomes)
                .param("flag", flag)
                .query((rs, n) -> row(rs))
                .list();
    }

    private static FundImport fundImport(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime committed = rs.getObject("committed_at", OffsetDateTime.class);
        return new FundImport(
                rs.getLong("id"),
                FundFileKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"),
                rs.getString("file_hash"),
                rs.getString("region_code"),
                rs.getString("status"),
                rs.getInt("total_rows"),
                rs.getInt("applied_rows"),
                rs.getInt("refused_rows"),
                rs.getInt("proposed_rows"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                committed == null ? null : committed.toInstant());
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String args = rs.getString("message_args");
        return new Row(
                rs.getLong("id"),
                rs.getLong("import_id"),
                rs.getInt("line_number"),
                RowOutcome.valueOf(rs.getString("outcome")),
                rs.getString("flag"),
                rs.getString("message_key"),
                args == null || args.isEmpty() ? List.of() : List.of(args.split("\u001f", -1)),
                (Long) rs.getObject("artisan_id", Long.class),
                (Long) rs.getObject("proposed_artisan_id", Long.class),
                rs.getBigDecimal("score"),
                rs.getString("national_id"),
                rs.getString("full_name"),
                rs.getString("raw_line"));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
