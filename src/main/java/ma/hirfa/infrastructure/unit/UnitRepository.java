package ma.hirfa.infrastructure.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Units and their status history; a unit is found only through its complex's region (the user's scope). */
@Repository
class UnitRepository {

    static final String FROM = "infra_unit u join infra_complex c on c.id = u.complex_id";

    /** Floor then number by default, as one walks the complex. */
    static final SortColumns SORTS = SortColumns.by("number", "u.floor, u.unit_number", true)
            .or("status", "u.status")
            .or("type", "u.unit_type")
            .or("since", "u.status_since")
            .tieBreaker("u.id")
            .build();

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ComplexRef> complex(long id, RegionScope scope) {
        Criteria scoped = Criteria.scoped(scope);
        List<Object> args = new ArrayList<>(List.of(id));
        args.addAll(scoped.args());
        return jdbc.sql("select id, region_code, province_code, name_ar, name_fr, name_zgh, status from infra_complex"
                        + " where id = ?" + scoped.and())
                .params(args)
                .query(ComplexRef.class)
                .optional();
    }

    Optional<Unit> find(long id, RegionScope scope) {
        Criteria scoped = Criteria.scoped(scope, "c.region_code", null);
        List<Object> args = new ArrayList<>(List.of(id));
        args.addAll(scoped.args());
        return jdbc.sql("select u.* from " + FROM + " where u.id = ?" + scoped.and())
                .params(args)
                .query(Unit.class)
                .optional();
    }

    /**
     * Takes the unit's row lock until the transaction ends (PostgreSQL and H2 alike): whoever allocates or renews
     * on this unit waits here, then sees the leases committed meanwhile (ADR 0048).
     */
    void lock(long id) {
        jdbc.sql("select id from infra_unit where id = ? for update")
                .param(id)
                .query(Long.class)
                .single();
    }

    List<Unit> ofComplex(long complexId) {
        return jdbc.sql("select * from infra_unit where complex_id = ? order by floor, unit_number")
                .param(complexId)
                .query(Unit.class)
                .list();
    }

    ListPage<Unit> search(long complexId, UnitStatus status, Sort sort, PageSpec page) {
        Criteria criteria =
                Criteria.unscoped().always("u.complex_id = ?", complexId).equal("u.status", status);
        return Listing.page(jdbc, "u.*", FROM, criteria, sort, page, new SimplePropertyRowMapper<>(Unit.class));
    }

    boolean numberTaken(long complexId, String number) {
        return jdbc.sql("select count(*) from infra_unit where complex_id = ? and unit_number = ?")
                        .params(complexId, number)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(
            long complexId,
            String number,
            int floor,
            BigDecimal area,
            UnitType type,
            BigDecimal rent,
            LocalDate since) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into infra_unit (complex_id, unit_number, floor, area_m2, unit_type, monthly_rent, status,"
                        + " status_since, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(complexId, number, floor, area, type.name(), rent, UnitStatus.VACANT.name(), since)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void saveStatus(Unit unit, UnitStatus status, LocalDate since) {
        int changed = jdbc.sql("update infra_unit set status = ?, status_since = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(status.name(), since, unit.id(), unit.version())
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("Unit " + unit.id() + " changed meanwhile");
        }
    }

    void history(long unitId, UnitStatus status, LocalDate since, String reason, String by, OffsetDateTime at) {
        jdbc.sql("insert into infra_unit_status (unit_id, status, since, reason, changed_by, changed_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(unitId, status.name(), since, reason, by, at)
                .update();
    }

    List<StatusChange> history(long unitId) {
        return jdbc.sql("select * from infra_unit_status where unit_id = ? order by since desc, id desc")
                .param(unitId)
                .query(StatusChange.class)
                .list();
    }

    /** Every status change of the complex's units, oldest first: the occupancy over time is read from it. */
    List<StatusChange> historyOfComplex(long complexId) {
        return jdbc.sql("select h.* from infra_unit_status h join infra_unit u on u.id = h.unit_id"
                        + " where u.complex_id = ? order by h.since, h.id")
                .param(complexId)
                .query(StatusChange.class)
                .list();
    }
}
