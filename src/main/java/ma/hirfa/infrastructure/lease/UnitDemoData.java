package ma.hirfa.infrastructure.lease;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ma.hirfa.infrastructure.unit.UnitForm;
import ma.hirfa.infrastructure.unit.UnitType;
import ma.hirfa.infrastructure.unit.Units;
import ma.hirfa.platform.DemoStep;
import ma.hirfa.platform.DemoWriter;
import ma.hirfa.platform.Role;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The units of the Ouarzazate complex (province 401, in operation), made by the step {@code infrastructure}: 40
 * units on two floors, 12 of them vacant, the others leased to the province's demo artisans since various months
 * (so the occupancy chart climbs), a quarter of the leases behind with their rent. Nothing without that complex.
 */
@Component
class UnitDemoData implements DemoStep {

    static final int UNITS = 40;
    static final Set<Integer> VACANT = Set.of(4, 9, 13, 17, 21, 24, 27, 30, 33, 35, 37, 39);

    private final JdbcClient jdbc;
    private final Units units;
    private final LeaseService leases;
    private final RegisteredArtisans artisans;
    private final DemoWriter demo;

    UnitDemoData(JdbcClient jdbc, Units units, LeaseService leases, RegisteredArtisans artisans, DemoWriter demo) {
        this.jdbc = jdbc;
        this.units = units;
        this.leases = leases;
        this.artisans = artisans;
        this.demo = demo;
    }

    @Override
    public String name() {
        return "infrastructure-units";
    }

    @Override
    public void seed() {
        List<Long> complex = jdbc.sql("select id from infra_complex where province_code = '401'"
                        + " and status = 'IN_OPERATION' order by id")
                .query(Long.class)
                .list();
        if (complex.isEmpty()
                || jdbc.sql("select count(*) from infra_unit where complex_id = ?")
                                .param(complex.get(0))
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        demo.as("demo.agent", Role.CHAMBER_AGENT, "08", () -> demo.inTransaction(() -> seed(complex.get(0))));
    }

    private void seed(long complexId) {
        LocalDate today = demo.today();
        List<ArtisanSummary> holders = artisans.registeredIn("401");
        int leased = 0;
        for (int i = 0; i < UNITS; i++) {
            boolean ground = i < UNITS / 2;
            UnitType type = ground
                    ? (i % 3 == 2 ? UnitType.SHOWROOM : UnitType.SHOP)
                    : (i % 4 == 3 ? UnitType.STORAGE : UnitType.WORKSHOP);
            BigDecimal area = BigDecimal.valueOf(type == UnitType.STORAGE ? 12 : 18 + (i % 5) * 4);
            BigDecimal rent = area.multiply(BigDecimal.valueOf(type == UnitType.SHOWROOM ? 45 : 35));
            String number = (ground ? "A-" : "B-") + String.format("%02d", i % (UNITS / 2) + 1);
            long unit = units.create(
                    complexId, new UnitForm(number, ground ? 0 : 1, area, type, rent), today.minusMonths(30));
            if (VACANT.contains(i) || holders.isEmpty()) {
                continue;
            }
            ArtisanSummary holder = holders.get(leased % holders.size());
            LocalDate start = today.minusMonths(2 + (leased * 7L) % 22).withDayOfMonth(1);
            long lease = leases.create(
                    unit,
                    new LeaseForm(
                            holder.id(), null, null, start, start.plusYears(3).minusDays(1), rent, null));
            int due = leases.dues(lease).stream()
                    .filter(d -> !d.dueOn().isAfter(today))
                    .toList()
                    .size();
            int behind = leased % 4 == 1 ? 2 + leased % 3 : 0;
            if (due - behind > 0) {
                leases.pay(
                        lease,
                        new PaymentForm(
                                today.minusDays(3), rent.multiply(BigDecimal.valueOf(due - behind)), "DEMO-" + number));
            }
            leased++;
        }
    }
}
