package ma.hirfa.platform.list;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list whose rows a ranked search chose (best first, e.g. the identity index), still narrowed by the list's
 * scope and filters in SQL. Sorted by rank unless the user chose a column; either way the total is the count of
 * the rows the page can show, so the count and the rows never disagree.
 */
public final class RankedListing {

    private RankedListing() {}

    /**
     * @param idColumn the column the ranked ids are values of ({@code "id"})
     * @param ranked the search's ids, best first (bounded by the search, a few hundred at most)
     * @param sort the user's sort; the default sort means "by rank"
     */
    public static ListPage<Long> page(
            JdbcClient jdbc,
            String idColumn,
            String from,
            Criteria criteria,
            List<Long> ranked,
            Sort sort,
            PageSpec spec) {
        if (ranked.isEmpty()) {
            return new ListPage<>(List.of(), spec.page(), spec.size(), 0, true);
        }
        among(criteria, idColumn, ranked);
        if (!sort.byDefault()) {
            return Listing.page(jdbc, idColumn, from, criteria, sort, spec, (rs, n) -> rs.getLong(1));
        }
        Set<Long> kept = new HashSet<>(jdbc.sql("select " + idColumn + " from " + from + criteria.where())
                .params(criteria.args())
                .query(Long.class)
                .list());
        List<Long> rows = new ArrayList<>(kept.size());
        ranked.stream().filter(kept::remove).forEach(rows::add);
        int from0 = (int) Math.min(spec.offset(), rows.size());
        int to = Math.min(from0 + spec.size(), rows.size());
        return new ListPage<>(rows.subList(from0, to), spec.page(), spec.size(), rows.size(), true);
    }

    /** Narrows the criteria to these ids ({@code id in (?, …)}), as a search the user made. */
    public static Criteria among(Criteria criteria, String idColumn, List<Long> ids) {
        if (ids.isEmpty()) {
            return criteria.filter("1 = 0");
        }
        return criteria.filter(
                idColumn + " in (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", ids.toArray());
    }
}
