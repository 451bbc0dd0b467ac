package ma.hirfa.platform.audit;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import ma.hirfa.platform.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists and verifies the audit trail; regional users only ever see their region's records. */
@Service
@Transactional(readOnly = true)
class AuditQueries {

    static final int PAGE_SIZE = 50;
    private static final int VERIFY_BATCH = 1000;
    private static final String ZERO_HASH = "0".repeat(64);

    private final JdbcTemplate jdbc;

    AuditQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditView> search(AuditFilter filter, RegionScope scope, int page) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, scope, args);
        args.add(PAGE_SIZE + 1);
        args.add((long) Math.max(page, 0) * PAGE_SIZE);
        return jdbc
                .query(
                        "select * from plat_audit_record" + where + " order by seq desc limit ? offset ?",
                        AuditLog::map,
                        args.toArray())
                .stream()
                .map(AuditView::of)
                .toList();
    }

    ChainVerification verify() {
        String expectedPrev = ZERO_HASH;
        long lastSeq = 0;
        long checked = 0;
        while (true) {
            List<AuditRecord> batch = jdbc.query(
                    "select * from plat_audit_record where seq > ? order by seq limit ?",
                    AuditLog::map,
                    lastSeq,
                    VERIFY_BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (AuditRecord record : batch) {
                if (record.seq() != lastSeq + 1 || !record.intact(expectedPrev)) {
                    return new ChainVerification(false, checked, record.seq());
                }
                expectedPrev = record.hash();
                lastSeq = record.seq();
                checked++;
            }
        }
        String headHash = jdbc.queryForObject("select last_hash from plat_audit_head where id = 1", String.class);
        boolean headMatches = headHash.equals(expectedPrev);
        return new ChainVerification(headMatches, checked, headMatches ? null : lastSeq + 1);
    }

    private static String where(AuditFilter f, RegionScope scope, List<Object> args) {
        List<String> clauses = new ArrayList<>();
        if (!scope.isNational()) {
            clauses.add("region_code = ?");
            args.add(scope.restriction().orElse("--"));
        }
        if (present(f.region())) {
            clauses.add("region_code = ?");
            args.add(f.region().strip());
        }
        if (present(f.entityType())) {
            clauses.add("entity_type = ?");
            args.add(f.entityType().strip());
        }
        if (present(f.entityId())) {
            clauses.add("entity_id = ?");
            args.add(f.entityId().strip());
        }
        if (present(f.actor())) {
            clauses.add("actor = ?");
            args.add(f.actor().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (f.action() != null) {
            clauses.add("action = ?");
            args.add(f.action().name());
        }
        if (f.from() != null) {
            clauses.add("occurred_at >= ?");
            args.add(Timestamp.from(f.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (f.to() != null) {
            clauses.add("occurred_at < ?");
            args.add(Timestamp.from(f.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
