package ma.hirfa.calls;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Appeals against published results. */
@Repository
class AppealRepository {

    private final JdbcClient jdbc;

    AppealRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Appeal> ofCall(long callId) {
        return jdbc.sql("select * from call_appeal where call_id = ? order by id")
                .param(callId)
                .query(Appeal.class)
                .list();
    }

    Optional<Appeal> find(long callId, long id) {
        return jdbc.sql("select * from call_appeal where call_id = ? and id = ?")
                .params(callId, id)
                .query(Appeal.class)
                .optional();
    }

    long pending(long callId) {
        return jdbc.sql("select count(*) from call_appeal where call_id = ? and outcome is null")
                .param(callId)
                .query(Long.class)
                .single();
    }

    long insert(Appeal a) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into call_appeal (call_id, application_id, grounds, lodged_by, lodged_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(a.callId(), a.applicationId(), a.grounds(), a.lodgedBy(), a.lodgedAt())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Decides a pending appeal; false when another manager decided it first. */
    boolean decide(
            Appeal a, Appeal.Outcome outcome, java.math.BigDecimal score, String reason, String by, OffsetDateTime at) {
        return jdbc.sql("update call_appeal set outcome = ?, revised_score = ?, reason = ?, decided_by = ?,"
                                + " decided_at = ? where id = ? and outcome is null")
                        .params(outcome.name(), score, reason, by, at, a.id())
                        .update()
                == 1;
    }
}
