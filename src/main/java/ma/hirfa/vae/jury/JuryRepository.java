package ma.hirfa.vae.jury;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.vae.application.ApplicationRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Juries, their members, the grids and the decisions. */
@Repository
class JuryRepository {

    private final JdbcClient jdbc;

    JuryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Jury> find(long id, RegionScope scope) {
        if (scope.kind() == RegionScope.Kind.OWN_FILE) {
            return Optional.empty();
        }
        List<Object> args = new ArrayList<>(List.of(id));
        return jdbc.sql("select * from vae_jury where id = ?" + ApplicationRepository.scoped(scope, args))
                .params(args)
                .query(Jury.class)
                .optional();
    }

    List<Jury> search(RegionScope scope) {
        if (scope.kind() == RegionScope.Kind.OWN_FILE) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        return jdbc.sql("select * from vae_jury where 1 = 1" + ApplicationRepository.scoped(scope, args)
                        + " order by sits_on desc, id desc limit 200")
                .params(args)
                .query(Jury.class)
                .list();
    }

    long insert(Jury j) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into vae_jury (region_code, craft_code, sits_on, place, status, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(j.regionCode(), j.craftCode(), j.sitsOn(), j.place(), j.status(), j.createdBy(), j.createdAt())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<JuryMember> members(long juryId) {
        return jdbc.sql("select * from vae_jury_member where jury_id = ? order by id")
                .param(juryId)
                .query((rs, n) -> new JuryMember(
                        rs.getLong("id"),
                        juryId,
                        MemberKind.valueOf(rs.getString("member_kind")),
                        rs.getString("full_name"),
                        (Long) rs.getObject("artisan_id", Long.class),
                        rs.getObject("declared_at", OffsetDateTime.class),
                        rs.getString("declared_by"),
                        relatives(rs.getLong("id"))))
                .list();
    }

    private List<Long> relatives(long memberId) {
        return jdbc.sql("select artisan_id from vae_member_relative where member_id = ? order by artisan_id")
                .param(memberId)
                .query(Long.class)
                .list();
    }

    long insert(JuryMember m) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into vae_jury_member (jury_id, member_kind, full_name, artisan_id, declared_at, declared_by)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(m.juryId(), m.memberKind().name(), m.fullName(), m.artisanId(), m.declaredAt(), m.declaredBy())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Long relative : m.relatives()) {
            jdbc.sql("insert into vae_member_relative (member_id, artisan_id) values (?, ?)")
                    .params(id, relative)
                    .update();
        }
        return id;
    }

    List<Evaluation> evaluations(long applicationId) {
        return jdbc.sql("select * from vae_evaluation where application_id = ?")
                .param(applicationId)
                .query(Evaluation.class)
                .list();
    }

    void save(Evaluation e) {
        int updated = jdbc.sql("update vae_evaluation set acquired = ?, comment_text = ?, evaluated_by = ?,"
                        + " evaluated_at = ? where application_id = ? and competency_id = ?")
                .params(
                        e.acquired(),
                        e.commentText(),
                        e.evaluatedBy(),
                        e.evaluatedAt(),
                        e.applicationId(),
                        e.competencyId())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into vae_evaluation (application_id, competency_id, acquired, comment_text,"
                            + " evaluated_by, evaluated_at) values (?, ?, ?, ?, ?, ?)")
                    .params(
                            e.applicationId(),
                            e.competencyId(),
                            e.acquired(),
                            e.commentText(),
                            e.evaluatedBy(),
                            e.evaluatedAt())
                    .update();
        }
    }

    Optional<Decision> decision(long applicationId) {
        return jdbc.sql("select * from vae_decision where application_id = ?")
                .param(applicationId)
                .query(Decision.class)
                .optional();
    }

    void insert(Decision d) {
        jdbc.sql("insert into vae_decision (application_id, outcome, missing_competencies, prescribed_programme_id,"
                        + " reasons, certificate_ref, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        d.applicationId(),
                        d.outcome().name(),
                        d.missingCompetencies(),
                        d.prescribedProgrammeId(),
                        d.reasons(),
                        d.certificateRef(),
                        d.decidedBy(),
                        d.decidedAt())
                .update();
    }

    void certificate(long applicationId, String number) {
        jdbc.sql("update vae_decision set certificate_ref = ? where application_id = ?")
                .params(number, applicationId)
                .update();
    }
}
