package ma.hirfa.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import ma.hirfa.platform.AuditHistoryItem;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
     * Appends the entries in their order, chained as if appended one by one. They are written when the caller's
     * transaction is about to commit, after everything else it did (ADR 0063): the chain's head stays locked from
     * that moment to the commit only, instead of from the first audited change to the commit, so audited writes
     * of every node overlap except for that last step. They commit or roll back with the change they record.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Stamped> stamped = entries.stream().map(e -> new Stamped(e, now)).toList();
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null && TransactionSynchronizationManager.isSynchronizationActive()) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        if (pending == null || pending.written) {
            // no synchronisation to wait for, or a later step of the commit itself: the head is ours already
            write(stamped);
        } else {
            pending.entries.addAll(stamped);
        }
    }

    /** Writes what this transaction appended so far, for a read of the trail in the same transaction. */
    void flush() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
            pending.write();
        }
    }

    private void write(List<Stamped> entries) {
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
        for (Stamped stamped : entries) {
            AuditEntry entry = stamped.entry();
            AuditRecord unsigned = new AuditRecord(
                    ++seq,
                    stamped.at(),
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

    /**
     * The entries one transaction appended, written last before it commits. Unbound while a nested transaction
     * ({@code REQUIRES_NEW}) runs, so that the nested one keeps its own.
     */
    private final class Pending implements TransactionSynchronization {

        private final List<Stamped> entries = new ArrayList<>();
        private boolean written;

        void write() {
            if (!entries.isEmpty()) {
                List<Stamped> now = new ArrayList<>(entries);
                entries.clear();
                AuditLog.this.write(now);
                written = true;
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write();
            written = true;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(AuditLog.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(AuditLog.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
        }
    }

    private record Stamped(AuditEntry entry, Instant at) {}

    /** Every record about one entity, oldest first. */
    public List<AuditHistoryItem> history(String entityType, String entityId) {
        flush();
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
