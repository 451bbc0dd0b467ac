package ma.hirfa.training.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.Listing;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.platform.list.SortColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The session list as SQL: the region scope, the home page's period filter, the sort and the page. The home
 * page counts with the same where-clause ({@link #criteria}), so its counts equal the rows its links show.
 */
@Repository
class SessionListing {

    /**
     * Latest start first unless the user chose another sort: the list mixes past and coming sessions, and the
     * ones being organised now are those an agent looks for. A second click on the dates gives soonest first;
     * the seats column sorts on the capacity.
     */
    static final SortColumns SORTS =
            SortColumns.by("start", "starts_on", false).or("seats", "capacity").build();

    private static final String TABLE = "trn_session";

    private final JdbcClient jdbc;

    SessionListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ListPage<TrainingSession> page(RegionScope scope, SessionPeriod when, LocalDate today, Sort sort, PageSpec spec) {
        return Listing.page(jdbc, "*", TABLE, criteria(scope, when, today), sort, spec, SessionListing::row);
    }

    long count(RegionScope scope, SessionPeriod when, LocalDate today) {
        Criteria criteria = criteria(scope, when, today);
        return jdbc.sql("select count(*) from " + TABLE + criteria.where())
                .params(criteria.args())
                .query(Long.class)
                .single();
    }

    /** The region scope (artisans see no session), then the period the user chose. */
    static Criteria criteria(RegionScope scope, SessionPeriod when, LocalDate today) {
        Criteria criteria = Criteria.scoped(scope);
        if (when == SessionPeriod.TODAY) {
            criteria.filter("starts_on <= ? and ends_on >= ?", today, today);
        } else if (when == SessionPeriod.UPCOMING) {
            criteria.filter("starts_on > ?", today);
        }
        return criteria;
    }

    private static TrainingSession row(ResultSet rs, int n) throws SQLException {
        return new TrainingSession(
                rs.getLong("id"),
                rs.getLong("programme_id"),
                rs.getString("region_code"),
                rs.getString("province_code"),
                rs.getString("commune_code"),
                rs.getString("place"),
                rs.getString("trainer"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getInt("capacity"),
                rs.getBoolean("waiting_list"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getLong("version"));
    }
}
