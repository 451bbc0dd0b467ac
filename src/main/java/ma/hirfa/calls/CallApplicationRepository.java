package ma.hirfa.calls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Applications to calls and their preferences. */
@Repository
class CallApplicationRepository {

    private final JdbcClient jdbc;

    CallApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In order of submission (the tie-break's order). */
    List<CallApplication> ofCall(long callId) {
        return jdbc.sql("select * from call_application where call_id = ? order by submitted_at, id")
                .param(callId)
                .query(this::application)
                .list();
    }

    Optional<CallApplication> find(long callId, long id) {
        return jdbc.sql("select * from call_application where call_id = ? and id = ?")
                .params(callId, id)
                .query(this::application)
                .optional();
    }

    Optional<CallApplication> of(long callId, Applicant applicant) {
        return jdbc.sql("select * from call_application where call_id = ? and applicant_kind = ? and applicant_id = ?")
                .params(callId, applicant.kind().name(), applicant.id())
                .query(this::application)
                .optional();
    }

    long insert(CallApplication a) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into call_application (call_id, applicant_kind, applicant_id, applicant_name, region_code,"
                        + " submitted_at, submitted_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        a.callId(),
                        a.applicant().kind().name(),
                        a.applicant().id(),
                        a.applicantName(),
                        a.regionCode(),
                        a.submittedAt(),
                        a.submittedBy())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        int position = 0;
        for (String ref : a.preferences()) {
            jdbc.sql("insert into call_preference (application_id, position, item_ref) values (?, ?, ?)")
                    .params(id, position++, ref)
                    .update();
        }
        return id;
    }

    void revise(long id, java.math.BigDecimal score) {
        jdbc.sql("update call_application set revised_score = ? where id = ?")
                .params(score, id)
                .update();
    }

    private CallApplication application(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new CallApplication(
                id,
                rs.getLong("call_id"),
                new Applicant(Applicant.Kind.valueOf(rs.getString("applicant_kind")), rs.getLong("applicant_id")),
                rs.getString("applicant_name"),
                rs.getString("region_code"),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getString("submitted_by"),
                rs.getBigDecimal("revised_score"),
                jdbc.sql("select item_ref from call_preference where application_id = ? order by position")
                        .param(id)
                        .query(String.class)
                        .list());
    }
}
