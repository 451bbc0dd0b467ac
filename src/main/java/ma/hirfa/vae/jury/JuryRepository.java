package ma.hirfa.vae.jury;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.Listing;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.platform.list.SortColumns;
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

    /** The columns the list may be sorted on; the next sittings first unless the user chose another. */
    static final SortColumns SORTS = SortColumns.by("sitsOn", "sits_on", false)
            .or("craft", "craft_code")
            .or("status", "status")
            .build();

    /** Juries are not an artisan's business: the scope has no own-file column here. */
    Optional<Jury> find(long id, RegionScope scope) {
        Criteria scoped = Criteria.scoped(scope);
        List<Object> args = new ArrayList<>(List.of(id));
        args.addAll(scoped.args());
        return jdbc.sql("select * from vae_jury where id = ?" + scoped.and())
                .params(args)
                .query(Jury.class)
                .optional();
    }

    ListPage<Jury> search(RegionScope scope, Sort sort, PageSpec page) {
        return Listing.page(jdbc, "vae_jury", Criteria.scoped(scope), sort, page, Jury.class);
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
