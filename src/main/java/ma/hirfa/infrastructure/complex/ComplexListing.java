package ma.hirfa.infrastructure.complex;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Set;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.Listing;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.platform.list.SortColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The complexes of the reader's region (every region for national roles), with their units counted by status. */
@Repository
class ComplexListing {

    static final SortColumns SORTS = SortColumns.by("name", "c.name_fr", true)
            .or("province", "c.province_code")
            .or("status", "c.status")
            .build();

    /** The unit statuses counted apart; they are the units feature's (infra_unit.status). */
    private static final String SELECT = "c.id, c.name_ar, c.name_fr, c.name_zgh, c.province_code, c.region_code,"
            + " c.status,"
            + " (select count(*) from infra_unit u where u.complex_id = c.id) as units_total,"
            + " (select count(*) from infra_unit u where u.complex_id = c.id and u.status = 'VACANT') as units_vacant,"
            + " (select count(*) from infra_unit u where u.complex_id = c.id and u.status = 'ALLOCATED')"
            + " as units_allocated";

    private final JdbcClient jdbc;

    ComplexListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ListPage<ComplexRow> page(RegionScope scope, ComplexStatus status, Set<Long> only, Sort sort, PageSpec spec) {
        Criteria criteria = Criteria.scoped(scope, "c.region_code", null).equal("c.status", status);
        if (only != null) {
            criteria.filter(
                    only.isEmpty()
                            ? "1 = 0"
                            : "c.id in (" + String.join(", ", Collections.nCopies(only.size(), "?")) + ")",
                    only.toArray());
        }
        return Listing.page(jdbc, SELECT, "infra_complex c", criteria, sort, spec, ComplexListing::row);
    }

    /** The units of one complex counted by status. */
    ComplexRow.Units units(long complexId) {
        return jdbc.sql("select count(*) as units_total,"
                        + " coalesce(sum(case when status = 'VACANT' then 1 else 0 end), 0) as units_vacant,"
                        + " coalesce(sum(case when status = 'ALLOCATED' then 1 else 0 end), 0) as units_allocated"
                        + " from infra_unit where complex_id = ?")
                .param(complexId)
                .query((rs, n) -> new ComplexRow.Units(
                        rs.getLong("units_total"), rs.getLong("units_vacant"), rs.getLong("units_allocated")))
                .single();
    }

    private static ComplexRow row(ResultSet rs, int n) throws SQLException {
        return new ComplexRow(
                rs.getLong("id"),
                rs.getString("name_ar"),
                rs.getString("name_fr"),
                rs.getString("name_zgh"),
                rs.getString("province_code"),
                rs.getString("region_code"),
                ComplexStatus.valueOf(rs.getString("status")),
                new ComplexRow.Units(
                        rs.getLong("units_total"), rs.getLong("units_vacant"), rs.getLong("units_allocated")));
    }
}
