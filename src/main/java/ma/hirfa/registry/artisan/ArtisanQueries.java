package ma.hirfa.registry.artisan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.Listing;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.RankedListing;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.platform.list.SortColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds files by filters; the user's region is always part of the query, never left to the page. */
@Repository
class ArtisanQueries {

    /** When the file was last sent for review: the workflow's event, so no column to keep in step. */
    private static final String SUBMITTED_AT = "(select max(e.occurred_at) from reg_artisan_event e"
            + " where e.artisan_id = reg_artisan.id and e.to_status = 'SUBMITTED')";

    /** The columns the list may be sorted on; newest first unless the user chose another. */
    static final SortColumns SORTS = SortColumns.by("recent", "id", false)
            .or("name", "lower(coalesce(last_name_lat, '') || ' ' || coalesce(first_name_lat, ''))")
            .or("nationalId", "national_id")
            .or("status", "status")
            .or("registrationNumber", "registration_number")
            .or("province", "province_code")
            .or("submitted", SUBMITTED_AT)
            .build();

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final CurrentUsers users;

    ArtisanQueries(JdbcTemplate jdbc, CurrentUsers users) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
        this.users = users;
    }

    /**
     * One page of the files the filters keep; with a search ({@code ranked}, best first, from the identity index)
     * only those files, by rank unless the user chose a column (ADR 0037). {@code ranked} is null without a search.
     */
    ListPage<Long> search(ArtisanSearch s, RegionScope scope, List<Long> ranked, Sort sort, PageSpec page) {
        if (ranked != null) {
            return RankedListing.page(client, "id", "reg_artisan", criteria(s, scope), ranked, sort, page);
        }
        return Listing.page(client, "id", "reg_artisan", criteria(s, scope), sort, page, (rs, n) -> rs.getLong(1));
    }

    /** When each of these files was last submitted for review (files never submitted are absent). */
    Map<Long, java.time.Instant> submittedAt(List<Long> ids) {
        Map<Long, java.time.Instant> at = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return at;
        }
        client.sql("select artisan_id, max(occurred_at) from reg_artisan_event where to_status = 'SUBMITTED'"
                        + " and artisan_id in (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
                        + ") group by artisan_id")
                .params(ids)
                .query((rs, n) -> at.put(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .list();
        return at;
    }

    /** Every file the search finds, as export columns, streamed (no paging) in the user's region. */
    void each(ArtisanSearch s, RegionScope scope, List<Long> ranked, java.util.function.Consumer<List<String>> row) {
        Criteria criteria = criteria(s, scope);
        if (ranked != null) {
            RankedListing.among(criteria, "id", ranked);
        }
        List<Object> args = criteria.args();
        String where = criteria.where();
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement("select " + String.join(", ", EXPORT_COLUMNS) + " from reg_artisan"
                            + where + " order by id");
                    ps.setFetchSize(500);
                    for (int i = 0; i < args.size(); i++) {
                        ps.setObject(i + 1, args.get(i));
                    }
                    return ps;
                },
                (java.sql.ResultSet rs) -> {
                    List<String> cells = new ArrayList<>(EXPORT_COLUMNS.size());
                    for (int i = 1; i <= EXPORT_COLUMNS.size(); i++) {
                        cells.add(rs.getString(i));
                    }
                    row.accept(cells);
                });
    }

    /** The export rows of these files (within the scope), by id. */
    Map<Long, List<String>> exportRows(List<Long> ids, RegionScope scope) {
        Map<Long, List<String>> rows = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        Criteria criteria = criteria(ArtisanSearch.none(), scope);
        List<Object> args = new ArrayList<>(criteria.args());
        String where = criteria.where();
        String in = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        args.addAll(ids);
        jdbc.query(
                "select id, " + String.join(", ", EXPORT_COLUMNS) + " from reg_artisan" + where
                        + (where.isBlank() ? " where " : " and ") + "id in (" + in + ")",
                (java.sql.ResultSet rs) -> {
                    List<String> cells = new ArrayList<>(EXPORT_COLUMNS.size());
                    for (int i = 2; i <= EXPORT_COLUMNS.size() + 1; i++) {
                        cells.add(rs.getString(i));
                    }
                    rows.put(rs.getLong(1), cells);
                },
                args.toArray());
        return rows;
    }

    /** The columns of an export: the import format's columns first, so that an export can be imported. */
    static final List<String> EXPORT_COLUMNS = List.of(
            "national_id",
            "first_name_ar",
            "last_name_ar",
            "first_name_lat",
            "last_name_lat",
            "sex",
            "birth_date",
            "phone",
            "province_code",
            "commune_code",
            "craft_code",
            "registration_number",
            "category",
            "status");

    /**
     * Whether another file looks like the same person: same birth date and the same full name in one script,
     * or the same national id on a rejected or struck-off file. Only a flag for the reviewer; the matching
     * module will weigh transliterations and typos.
     */
    boolean lookalike(ArtisanDetails d, Long excludedId) {
        List<Object> args = new ArrayList<>();
        List<String> same = new ArrayList<>();
        same.add("national_id = ?");
        args.add(d.nationalId());
        if (d.birthDate() != null && d.firstNameLat() != null && d.lastNameLat() != null) {
            same.add("(birth_date = ? and lower(first_name_lat) = ? and lower(last_name_lat) = ?)");
            args.add(d.birthDate());
            args.add(d.firstNameLat().toLowerCase(Locale.ROOT));
            args.add(d.lastNameLat().toLowerCase(Locale.ROOT));
        }
        if (d.birthDate() != null && d.firstNameAr() != null && d.lastNameAr() != null) {
            same.add("(birth_date = ? and first_name_ar = ? and last_name_ar = ?)");
            args.add(d.birthDate());
            args.add(d.firstNameAr());
            args.add(d.lastNameAr());
        }
        args.add(excludedId == null ? -1L : excludedId);
        Long count = jdbc.queryForObject(
                "select count(*) from reg_artisan where (" + String.join(" or ", same) + ") and id <> ?",
                Long.class,
                args.toArray());
        return count != null && count > 0;
    }

    private Criteria criteria(ArtisanSearch s, RegionScope scope) {
        Criteria c = Criteria.scoped(scope, "region_code", "id");
        c.equal(
                "national_id",
                s.nationalId() == null
                        ? null
                        : s.nationalId().replaceAll("\\s", "").toUpperCase(Locale.ROOT));
        c.equal("province_code", s.province());
        c.equal("commune_code", s.commune());
        c.equal("craft_code", s.craft());
        c.equal("category", s.category());
        c.equal("status", s.status());
        c.equal("region_code", s.region());
        if (Boolean.TRUE.equals(s.mine())) {
            // recorded (the first event of its timeline) or submitted by the signed-in user
            String me = users.find().map(CurrentUser::username).orElse("");
            c.filter(
                    "(submitted_by = ? or exists (select 1 from reg_artisan_event e where e.artisan_id = reg_artisan.id"
                            + " and e.from_status is null and e.actor = ?))",
                    me,
                    me);
        }
        if (s.request() != null) {
            c.filter(
                    "exists (select 1 from reg_request r where r.artisan_id = reg_artisan.id and r.kind = ?"
                            + " and r.state = 'OPEN')",
                    s.request().name());
        }
        if (Boolean.TRUE.equals(s.correction())) {
            c.filter("exists (select 1 from reg_correction k where k.artisan_id = reg_artisan.id"
                    + " and k.state = 'PENDING')");
        }
        c.equal("import_job_id", s.importJob());
        return c;
    }
}
