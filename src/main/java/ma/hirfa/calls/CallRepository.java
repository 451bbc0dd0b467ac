package ma.hirfa.calls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.Trilingual;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.Listing;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.platform.list.SortColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Calls with their grids and offered items. */
@Repository
class CallRepository {

    /** Latest closing date first unless the user chose another column. */
    static final SortColumns SORTS = SortColumns.by("closesOn", "closes_on", false)
            .or("opensOn", "opens_on")
            .or("status", "status")
            .or("title", "title_fr")
            .build();

    private final JdbcClient jdbc;

    CallRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What the user may see: staff their region (national roles every call); an artisan the open calls of their
     * region and the calls they applied to.
     */
    static Criteria visibleTo(CurrentUser user) {
        if (user.role() != Role.ARTISAN) {
            return Criteria.scoped(user.scope());
        }
        if (user.artisanId() == null || user.regionCode() == null) {
            return Criteria.scoped(user.scope());
        }
        return Criteria.unscoped()
                .always("region_code = ?", user.regionCode())
                .always(
                        "(status = 'OPEN' or exists (select 1 from call_application a where a.call_id = call_call.id"
                                + " and a.applicant_kind = 'ARTISAN' and a.applicant_id = ?))",
                        user.artisanId());
    }

    Optional<Call> find(long id, Criteria visible) {
        List<Object> args = new ArrayList<>(List.of(id));
        args.addAll(visible.args());
        return jdbc.sql("select * from call_call where id = ?" + visible.and())
                .params(args)
                .query(this::call)
                .optional();
    }

    /** Without a scope: for the finaliser, which runs as no user. */
    Optional<Call> findAnyScope(long id) {
        return find(id, Criteria.unscoped());
    }

    ListPage<Call> search(Criteria criteria, Sort sort, PageSpec page) {
        return Listing.page(jdbc, "*", "call_call", criteria, sort, page, this::call);
    }

    /** Published calls whose appeals window ended before {@code today}. */
    List<Long> publishedWithWindowOverBefore(LocalDate today) {
        return jdbc
                .sql("select id, published_on, appeal_days from call_call where status = 'PUBLISHED'")
                .query((rs, n) -> rs.getObject("published_on", LocalDate.class)
                                .plusDays(rs.getInt("appeal_days"))
                                .isBefore(today)
                        ? rs.getLong("id")
                        : null)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    long insert(Call c) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into call_call (kind, owner_id, region_code, title_ar, title_fr, title_zgh, eligibility,"
                        + " opens_on, closes_on, appeal_days, status, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        c.kind(),
                        c.ownerId(),
                        c.regionCode(),
                        c.title().ar(),
                        c.title().fr(),
                        c.title().zgh(),
                        c.eligibility(),
                        c.opensOn(),
                        c.closesOn(),
                        c.appealDays(),
                        c.status().name(),
                        c.createdBy(),
                        c.createdAt())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        saveGrid(id, c.grid());
        int position = 0;
        for (var item : c.items()) {
            jdbc.sql("insert into call_item (call_id, position, item_ref, label) values (?, ?, ?, ?)")
                    .params(id, position++, item.ref(), item.label())
                    .update();
        }
        return id;
    }

    void saveGrid(long callId, List<GridCriterion> grid) {
        jdbc.sql("delete from call_criterion where call_id = ?").param(callId).update();
        int position = 0;
        for (GridCriterion c : grid) {
            jdbc.sql("insert into call_criterion (call_id, position, code, weight, max_score) values (?, ?, ?, ?, ?)")
                    .params(callId, position++, c.code().name(), c.weight(), c.maxScore())
                    .update();
        }
    }

    /** Moves the call on only from the status the caller saw, so two clicks at once change it once. */
    boolean move(long id, CallStatus from, CallStatus to, LocalDate publishedOn, LocalDate finalOn) {
        return jdbc.sql("update call_call set status = ?, published_on = coalesce(?, published_on),"
                                + " final_on = coalesce(?, final_on) where id = ? and status = ?")
                        .params(to.name(), publishedOn, finalOn, id, from.name())
                        .update()
                == 1;
    }

    private Call call(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new Call(
                id,
                rs.getString("kind"),
                rs.getLong("owner_id"),
                rs.getString("region_code"),
                new Trilingual(rs.getString("title_ar"), rs.getString("title_fr"), rs.getString("title_zgh")),
                rs.getString("eligibility"),
                rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class),
                rs.getInt("appeal_days"),
                CallStatus.valueOf(rs.getString("status")),
                rs.getObject("published_on", LocalDate.class),
                rs.getObject("final_on", LocalDate.class),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                grid(id),
                items(id));
    }

    private List<GridCriterion> grid(long callId) {
        return jdbc.sql("select code, weight, max_score from call_criterion where call_id = ? order by position")
                .param(callId)
                .query((rs, n) -> new GridCriterion(CriterionCode.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    private List<OfferedItem> items(long callId) {
        return jdbc.sql("select item_ref, label from call_item where call_id = ? order by position")
                .param(callId)
                .query((rs, n) -> new OfferedItem(rs.getString(1), rs.getString(2)))
                .list();
    }
}
