package ma.hirfa.platform.list;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a list query as two statements on the same where-clause: the count of every row it finds, then one
 * sorted page. The result always carries the total, so no list is cut short without saying so.
 */
public final class Listing {

    private Listing() {}

    /**
     * @param select the selected columns ({@code "id"} or {@code "*"})
     * @param from the table or view, with joins if any
     */
    public static <T> ListPage<T> page(
            JdbcClient jdbc,
            String select,
            String from,
            Criteria criteria,
            Sort sort,
            PageSpec spec,
            RowMapper<T> rows) {
        long total = jdbc.sql("select count(*) from " + from + criteria.where())
                .params(criteria.args())
                .query(Long.class)
                .single();
        List<Object> args = new ArrayList<>(criteria.args());
        args.add(spec.size());
        args.add(spec.offset());
        List<T> items = total == 0
                ? List.of()
                : jdbc.sql("select " + select + " from " + from + criteria.where() + sort.orderBy()
                                + " limit ? offset ?")
                        .params(args)
                        .query(rows)
                        .list();
        return new ListPage<>(items, spec.page(), spec.size(), total, criteria.filtered());
    }

    /** The same, mapping rows to a record or bean by column names. */
    public static <T> ListPage<T> page(
            JdbcClient jdbc, String from, Criteria criteria, Sort sort, PageSpec spec, Class<T> type) {
        // the mapper JdbcClient itself uses for query(Class) on a record or bean
        return page(jdbc, "*", from, criteria, sort, spec, new SimplePropertyRowMapper<>(type));
    }
}
