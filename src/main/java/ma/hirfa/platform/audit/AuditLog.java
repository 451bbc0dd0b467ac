package ma.hirfa.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import ma.hirfa.platform.AuditHistoryItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to and reads the hash-chained audit table. */
@Repository
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(AuditEntry entry) {
        appendAll(List.of(entry));
    }

    /**
     * Appends the entries in their order, chained as if appended one by one, with one lock of the head, one
     * batch of inserts and one update of the head (an import audits each of its batches per region).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // The head row lock serialises appends across nodes until the caller's transaction ends.
        Head head = jdbc.queryForObject(
                "select last_seq, last_hash from plat_audit_head where id = 1 for update",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
        long seq = head.seq();
        String previous = head.hash();
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            AuditRecord unsigned = new AuditRecord(
                    ++seq,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    entry.actor(),
                    entry.actorRole(),
                    entry.regionCode(),
                    entry.entityType(),
                    entry.entityId(),
                    entry.action(),
                    entry.before(),
                    entry.after(),
                    entry.clientAddress(),
                    previous,
                    "");
            String hash = AuditHash.of(unsigned);
            rows.add(new Object[] {
                unsigned.seq(),
                Timestamp.from(unsigned.occurredAt()),
                unsigned.actor(),
                unsigned.actorRole(),
                unsigned.regionCode(),
                unsigned.entityType(),
                unsigned.entityId(),
                unsigned.action().name(),
                unsigned.before(),
                unsigned.after(),
                unsigned.clientAddress(),
                unsigned.prevHash(),
                hash
            });
            previous = hash;
        }
        jdbc.batchUpdate(
                "insert into plat_audit_record (seq, occurred_at, actor, actor_role, region_code, entity_type,"
                        + " entity_id, action, before_state, after_state, client_address, prev_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        jdbc.update("update plat_audit_head set last_seq = ?, last_hash = ? where id = 1", seq, previous);
    }

    /** Every record about one entity, oldest first. */
    public List<AuditHistoryItem> history(String entityType, String entityId) {
        return jdbc
                .query(
                        "select * from plat_audit_record where entity_type = ? and entity_id = ? order by seq",
                        AuditLog::map,
                        entityType,
                        entityId)
                .stream()
                .map(r -> new AuditHistoryItem(r.occurredAt(), r.actor(), r.action(), r.before(), r.after()))
                .toList();
    }

    static AuditRecord map(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("actor_role"),
                rs.getString("region_code"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                ma.hirfa.platform.AuditAction.valueOf(rs.getString("action")),
                rs.getString("before_state"),
                rs.getString("after_state"),
                rs.getString("client_address"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private record Head(long seq, String hash) {}
}
