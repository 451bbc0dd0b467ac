package ma.hirfa.platform.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Claims and answers of idempotency keys, outside any business transaction: the claim is visible to every
 * node at once, so a retry arriving at another node while the first request runs is told to wait.
 */
@Repository
class IdempotencyStore {

    record Stored(String requestHash, String state, Integer status, String contentType, String body, String location) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration keep;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock, @Value("${hirfa.idempotency.keep:P1D}") Duration keep) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keep = keep;
    }

    /** True when this request now owns the key; false when someone used it before. */
    boolean claim(String username, String key, String requestHash) {
        // A key past its time is forgotten: the request runs as a new one.
        jdbc.update(
                "delete from plat_idempotency where username = ? and idem_key = ? and created_at < ?",
                username,
                key,
                cutoff());
        try {
            jdbc.update(
                    "insert into plat_idempotency (username, idem_key, request_hash, state, created_at)"
                            + " values (?, ?, ?, 'PENDING', ?)",
                    username,
                    key,
                    requestHash,
                    Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    Optional<Stored> find(String username, String key) {
        return jdbc
                .query(
                        "select request_hash, state, response_status, content_type, response_body, location"
                                + " from plat_idempotency where username = ? and idem_key = ?",
                        (rs, row) -> new Stored(
                                rs.getString(1),
                                rs.getString(2),
                                (Integer) rs.getObject(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6)),
                        username,
                        key)
                .stream()
                .findFirst();
    }

    void complete(String username, String key, int status, String contentType, String body, String location) {
        jdbc.update(
                "update plat_idempotency set state = 'DONE', response_status = ?, content_type = ?, response_body = ?,"
                        + " location = ? where username = ? and idem_key = ?",
                status,
                contentType,
                body,
                location,
                username,
                key);
    }

    /** Frees the key after a failure, so that the client may retry. */
    void release(String username, String key) {
        jdbc.update("delete from plat_idempotency where username = ? and idem_key = ?", username, key);
    }

    /** Deletes every key older than {@code hirfa.idempotency.keep}; the number deleted. */
    int deleteExpired() {
        return jdbc.update("delete from plat_idempotency where created_at < ?", cutoff());
    }

    private Timestamp cutoff() {
        return Timestamp.from(clock.instant().minus(keep));
    }
}
