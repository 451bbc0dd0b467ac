package ma.hirfa.platform.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Claims and answers of idempotency keys, outside any business transaction: the claim is visible to every
 * node at once, so a retry arriving at another node while the first request runs is told to wait.
 */
@Repository
class IdempotencyStore {

    record Stored(String requestHash, String state, Integer status, String contentType, String body) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when this request now owns the key; false when someone used it before. */
    boolean claim(String username, String key, String requestHash) {
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
                        "select request_hash, state, response_status, content_type, response_body"
                                + " from plat_idempotency where username = ? and idem_key = ?",
                        (rs, row) -> new Stored(
                                rs.getString(1),
                                rs.getString(2),
                                (Integer) rs.getObject(3),
                                rs.getString(4),
                                rs.getString(5)),
                        username,
                        key)
                .stream()
                .findFirst();
    }

    void complete(String username, String key, int status, String contentType, String body) {
        jdbc.update(
                "update plat_idempotency set state = 'DONE', response_status = ?, content_type = ?, response_body = ?"
                        + " where username = ? and idem_key = ?",
                status,
                contentType,
                body,
                username,
                key);
    }

    /** Frees the key after a failure, so that the client may retry. */
    void release(String username, String key) {
        jdbc.update("delete from plat_idempotency where username = ? and idem_key = ?", username, key);
    }
}
