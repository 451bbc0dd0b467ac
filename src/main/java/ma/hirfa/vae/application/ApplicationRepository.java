package ma.hirfa.vae.application;

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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Applications and their evidence; the user's region is part of every query that finds an application. */
@Repository
public class ApplicationRepository {

    private final JdbcClient jdbc;

    ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Application> find(long id, RegionScope scope) {
        Criteria scoped = scoped(scope);
        List<Object> args = new ArrayList<>(List.of(id));
        args.addAll(scoped.args());
        return jdbc.sql("select * from vae_application where id = ?" + scoped.and())
                .params(args)
                .query(Application.class)
                .optional();
    }

    /** The columns the list may be sorted on; newest first unless the user chose another. */
    public static final SortColumns SORTS = SortColumns.by("recent", "id", false)
            .or("status", "status")
            .or("craft", "craft_code")
            .build();

    ListPage<Application> search(
            RegionScope scope, ApplicationStatus status, String craftCode, Sort sort, PageSpec page) {
        Criteria where = scoped(scope).equal("status", status).equal("craft_code", craftCode);
        return Listing.page(jdbc, "vae_application", where, sort, page, Application.class);
    }

    public List<Application> ofJury(long juryId) {
        return jdbc.sql("select * from vae_application where jury_id = ? order by id")
                .param(juryId)
                .query(Application.class)
                .list();
    }

    /** Applications of the artisan for the same craft and level, other than this one, in the given states. */
    int others(Application a, String statuses) {
        return jdbc.sql("select count(*) from vae_application where artisan_id = ? and craft_code = ?"
                        + " and training_level = ? and id <> ? and status in (" + statuses + ")")
                .params(a.artisanId(), a.craftCode(), a.trainingLevel().name(), a.id())
                .query(Integer.class)
                .single();
    }

    long insert(Application a) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into vae_application (region_code, province_code, artisan_id, craft_code, training_level,"
                        + " years_of_practice, statement, status, eligibility_reasons, framework_id, submitted_by,"
                        + " created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        a.regionCode(),
                        a.provinceCode(),
                        a.artisanId(),
                        a.craftCode(),
                        a.trainingLevel().name(),
                        a.yearsOfPractice(),
                        a.statement(),
                        a.status().name(),
                        a.eligibilityReasons(),
                        a.frameworkId(),
                        a.submittedBy(),
                        a.createdAt(),
                        a.updatedAt())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Moves the application on; fails when someone else changed it since it was read. */
    void move(Application a, ApplicationStatus status, String reasons, Long juryId, OffsetDateTime when) {
        int changed = jdbc.sql("update vae_application set status = ?, eligibility_reasons = ?, jury_id = ?,"
                        + " updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(status.name(), reasons, juryId, when, a.id(), a.version())
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("Application " + a.id() + " changed meanwhile");
        }
    }

    List<Evidence> evidence(long applicationId) {
        return jdbc.sql("select id, application_id, file_name, content_type, size_bytes, sha256, uploaded_by,"
                        + " uploaded_at from vae_evidence where application_id = ? order by id")
                .param(applicationId)
                .query(Evidence.class)
                .list();
    }

    Optional<byte[]> content(long applicationId, long evidenceId) {
        return jdbc.sql("select content from vae_evidence where id = ? and application_id = ?")
                .params(evidenceId, applicationId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    long insertEvidence(Evidence e, byte[] content) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into vae_evidence (application_id, file_name, content_type, size_bytes, sha256, content,"
                        + " uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        e.applicationId(),
                        e.fileName(),
                        e.contentType(),
                        e.sizeBytes(),
                        e.sha256(),
                        content,
                        e.uploadedBy(),
                        e.uploadedAt())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** An artisan sees their own applications; other users those of their region. */
    public static Criteria scoped(RegionScope scope) {
        return Criteria.scoped(scope, "region_code", "artisan_id");
    }
}
