package ma.hirfa.registry.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.RegionScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Finds organisations by filters; the user's region is always part of the query, never left to the page. */
@Repository
class OrganisationQueries {

    private final JdbcTemplate jdbc;

    OrganisationQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page<Long> search(OrganisationSearch s, RegionScope scope, Pageable page) {
        List<Object> args = new ArrayList<>();
        String where = where(s, scope, args);
        long total = jdbc.queryForObject("select count(*) from reg_organisation" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.getPageSize());
        pageArgs.add(page.getOffset());
        List<Long> ids = jdbc.queryForList(
                "select id from reg_organisation" + where + " order by id desc limit ? offset ?",
                Long.class,
                pageArgs.toArray());
        return new PageImpl<>(ids, page, total);
    }

    private static String where(OrganisationSearch s, RegionScope scope, List<Object> args) {
        List<String> clauses = new ArrayList<>();
        switch (scope.kind()) {
            case NATIONAL -> {}
            case REGION -> {
                clauses.add("region_code = ?");
                args.add(scope.regionCode());
            }
            case OWN_FILE, NOTHING -> clauses.add("1 = 0");
        }
        if (present(s.q())) {
            String term = s.q().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            clauses.add("(lower(name_ar || ' ' || name_fr) like ? or ice = ? or registration_number = ?)");
            args.add("%" + term.replace("\\", "").replace("%", "").replace("_", "") + "%");
            args.add(term.replace(" ", ""));
            args.add(term.toUpperCase(Locale.ROOT));
        }
        if (s.kind() != null) {
            clauses.add("kind = ?");
            args.add(s.kind().name());
        }
        if (present(s.province())) {
            clauses.add("province_code = ?");
            args.add(s.province().strip());
        }
        if (s.status() != null) {
            clauses.add("status = ?");
            args.add(s.status().name());
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
