package ma.hirfa.platform.audit;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.list.Criteria;
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
    private final AuditVisibility visibility;
    private final AuditLog log;

    AuditQueries(JdbcTemplate jdbc, AuditVisibility visibility, AuditLog log) {
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.log = log;
    }

    /** The records the user may read: their region's, and of health data only if they may read it. */
    List<AuditRecord> search(AuditFilter filter, CurrentUser user, int page) {
        log.flush();
        Criteria criteria = visibility.restrict(criteria(filter, user.scope()), user);
        String where = criteria.where();
        List<Object> args = new ArrayList<>(criteria.args());
        // One row more than a page tells whether there is a next page without counting the whole log.
        args.add(PAGE_SIZE + 1);
        args.add((long) Math.max(page, 0) * PAGE_SIZE);
        return jdbc.query(
                "select * from plat_audit_record" + where + " order by seq desc limit ? offset ?",
                AuditLog::map,
                args.toArray());
    }

    ChainVerification verify() {
        log.flush();
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

    private static Criteria criteria(AuditFilter f, ma.hirfa.platform.RegionScope scope) {
        Criteria c = Criteria.scoped(scope)
                .equal("region_code", f.region())
                .equal("entity_type", f.entityType())
                .equal("entity_id", f.entityId())
                .equal("actor", present(f.actor()) ? f.actor().strip().toLowerCase(java.util.Locale.ROOT) : null)
                .equal("action", f.action());
        if (f.from() != null) {
            c.filter("occurred_at >= ?", Timestamp.from(f.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (f.to() != null) {
            c.filter(
                    "occurred_at < ?",
                    Timestamp.from(f.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return c;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
