package ma.hirfa.calls;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Committee members, their relatives, declarations and scores. */
@Repository
class CommitteeRepository {

    private final JdbcClient jdbc;

    CommitteeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Member> members(long callId) {
        return jdbc.sql("select * from call_member where call_id = ? order by id")
                .param(callId)
                .query((rs, n) -> new Member(
                        rs.getLong("id"),
                        callId,
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getObject("artisan_id", Long.class),
                        jdbc.sql("select artisan_id from call_member_relative where member_id = ? order by artisan_id")
                                .param(rs.getLong("id"))
                                .query(Long.class)
                                .list(),
                        rs.getString("added_by"),
                        rs.getObject("added_at", OffsetDateTime.class)))
                .list();
    }

    long insert(Member m) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into call_member (call_id, username, full_name, artisan_id, added_by, added_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(m.callId(), m.username(), m.fullName(), m.artisanId(), m.addedBy(), m.addedAt())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Long relative : m.relatives()) {
            jdbc.sql("insert into call_member_relative (member_id, artisan_id) values (?, ?)")
                    .params(id, relative)
                    .update();
        }
        return id;
    }

    boolean declared(long memberId, long applicationId) {
        return jdbc.sql("select count(*) from call_declaration where member_id = ? and application_id = ?")
                        .params(memberId, applicationId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void declare(long memberId, long applicationId, OffsetDateTime at) {
        jdbc.sql("insert into call_declaration (member_id, application_id, declared_at) values (?, ?, ?)")
                .params(memberId, applicationId, at)
                .update();
    }

    /** Every declaration of the call as "memberId:applicationId". */
    List<String> declarations(long callId) {
        return jdbc.sql("select d.member_id, d.application_id from call_declaration d join call_member m"
                        + " on m.id = d.member_id where m.call_id = ?")
                .param(callId)
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2))
                .list();
    }

    List<Score> scores(long callId) {
        return jdbc.sql("select s.* from call_score s join call_member m on m.id = s.member_id where m.call_id = ?"
                        + " order by s.application_id, s.member_id, s.criterion_code")
                .param(callId)
                .query((rs, n) -> new Score(
                        rs.getLong("member_id"),
                        rs.getLong("application_id"),
                        CriterionCode.valueOf(rs.getString("criterion_code")),
                        rs.getInt("score"),
                        rs.getString("justification"),
                        rs.getObject("scored_at", OffsetDateTime.class)))
                .list();
    }

    void save(Score s) {
        int updated = jdbc.sql("update call_score set score = ?, justification = ?, scored_at = ?"
                        + " where member_id = ? and application_id = ? and criterion_code = ?")
                .params(
                        s.score(),
                        s.justification(),
                        s.scoredAt(),
                        s.memberId(),
                        s.applicationId(),
                        s.code().name())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into call_score (member_id, application_id, criterion_code, score, justification,"
                            + " scored_at) values (?, ?, ?, ?, ?, ?)")
                    .params(
                            s.memberId(),
                            s.applicationId(),
                            s.code().name(),
                            s.score(),
                            s.justification(),
                            s.scoredAt())
                    .update();
        }
    }
}
