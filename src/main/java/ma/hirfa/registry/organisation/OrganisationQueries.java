package ma.hirfa.registry.organisation;

import java.util.Locale;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.Listing;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.platform.list.SortColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds organisations by filters; the user's region is always part of the query, never left to the page. */
@Repository
class OrganisationQueries {

    /** The columns the list may be sorted on; newest first unless the user chose another. */
    static final SortColumns SORTS = SortColumns.by("recent", "id", false)
            .or("name", "lower(name_fr)")
            .or("status", "status")
            .or("registrationNumber", "registration_number")
            .build();

    private final JdbcClient jdbc;

    OrganisationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ListPage<Long> search(OrganisationSearch s, RegionScope scope, Sort sort, PageSpec page) {
        return Listing.page(jdbc, "id", "reg_organisation", criteria(s, scope), sort, page, (rs, n) -> rs.getLong(1));
    }

    private static Criteria criteria(OrganisationSearch s, RegionScope scope) {
        Criteria c = Criteria.scoped(scope);
        if (present(s.q())) {
            String term = s.q().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            c.filter(
                    "(lower(name_ar || ' ' || name_fr) like ? or ice = ? or registration_number = ?)",
                    "%" + term.replace("\\", "").replace("%", "").replace("_", "") + "%",
                    term.replace(" ", ""),
                    term.toUpperCase(Locale.ROOT));
        }
        c.equal("kind", s.kind());
        c.equal("province_code", s.province());
        c.equal("status", s.status());
        return c;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
