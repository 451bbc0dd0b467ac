package ma.hirfa.infrastructure.lease;

import java.math.BigDecimal;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.Listing;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.platform.list.SortColumns;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The leases of a complex with what each owes today, and the complex's total arrears. Arrears are computed in the
 * query (dues fallen up to {@code current_date} − payments), never stored, so the list can filter and sort on them.
 */
@Repository
class LeaseQueries {

    static final String BALANCE = "(coalesce((select sum(d.amount) from infra_lease_due d where d.lease_id = l.id"
            + " and d.due_on <= current_date), 0) - coalesce((select sum(p.amount) from infra_lease_payment p"
            + " where p.lease_id = l.id), 0))";
    private static final String FROM = "infra_lease l join infra_unit u on u.id = l.unit_id";

    static final SortColumns SORTS = SortColumns.by("unit", "u.floor, u.unit_number", true)
            .or("starts", "l.starts_on")
            .or("arrears", BALANCE)
            .tieBreaker("l.id")
            .build();

    private final JdbcClient jdbc;

    LeaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The caller has checked the complex is in the user's scope. */
    ListPage<LeaseRow> search(long complexId, LeaseFilter filter, Sort sort, PageSpec page) {
        Criteria criteria = Criteria.unscoped().always("l.complex_id = ?", complexId);
        if (filter == LeaseFilter.IN_ARREARS) {
            criteria.filter(BALANCE + " > 0");
        } else if (filter != null) {
            criteria.equal("l.status", filter.name());
        }
        return Listing.page(
                jdbc,
                "l.id, l.unit_id, u.unit_number, l.holder_name, l.starts_on, l.ends_on, l.status, " + BALANCE
                        + " as balance",
                FROM,
                criteria,
                sort,
                page,
                new SimplePropertyRowMapper<>(LeaseRow.class));
    }

    BigDecimal totalArrears(long complexId) {
        return jdbc.sql("select coalesce(sum(case when b > 0 then b else 0 end), 0) from (select " + BALANCE
                        + " as b from infra_lease l where l.complex_id = ?) t")
                .param(complexId)
                .query(BigDecimal.class)
                .single();
    }
}
