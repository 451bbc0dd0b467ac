package ma.hirfa.infrastructure.lease;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ma.hirfa.calls.Applicant;
import ma.hirfa.calls.Calls;
import ma.hirfa.calls.NewCall;
import ma.hirfa.infrastructure.complex.Complexes;
import ma.hirfa.infrastructure.unit.Unit;
import ma.hirfa.infrastructure.unit.UnitStatus;
import ma.hirfa.infrastructure.unit.Units;
import ma.hirfa.platform.DemoStep;
import ma.hirfa.platform.DemoWriter;
import ma.hirfa.platform.Role;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One open call for the vacant units of the Ouarzazate complex (made by {@code infrastructure-units}), through
 * {@link Calls} as the region's agent, with applications for four demo artisans of province 401 who hold no
 * lease there yet and whose craft the complex is meant for, each preferring a few of the vacant units.
 */
@Component
class UnitCallDemoData implements DemoStep {

    static final int APPLICANTS = 4;

    private final JdbcClient jdbc;
    private final Units units;
    private final Calls calls;
    private final RegisteredArtisans artisans;
    private final DemoWriter writer;
    private final Complexes complexes;

    UnitCallDemoData(
            JdbcClient jdbc,
            Units units,
            Calls calls,
            RegisteredArtisans artisans,
            DemoWriter writer,
            Complexes complexes) {
        this.complexes = complexes;
        this.jdbc = jdbc;
        this.units = units;
        this.calls = calls;
        this.artisans = artisans;
        this.writer = writer;
    }

    @Override
    public String name() {
        return "infrastructure-call";
    }

    @Override
    public void seed() {
        List<Long> complex = jdbc.sql("select id from infra_complex where province_code = '401'"
                        + " and status = 'IN_OPERATION' order by id")
                .query(Long.class)
                .list();
        if (complex.isEmpty() || writer.holdsRows("call_call")) {
            return;
        }
        writer.as("demo.agent", Role.CHAMBER_AGENT, "08", () -> writer.inTransaction(() -> seed(complex.get(0))));
    }

    private void seed(long complexId) {
        List<String> vacant = units.ofComplex(complexId).stream()
                .filter(u -> u.status() == UnitStatus.VACANT)
                .map(Unit::id)
                .map(String::valueOf)
                .toList();
        if (vacant.isEmpty()) {
            return;
        }
        LocalDate today = writer.today();
        long call = calls.create(new NewCall(
                UnitOffering.KIND,
                complexId,
                null,
                "طلب ترشيح لكراء المحلات الشاغرة بمركب ورزازات",
                "Appel à candidatures pour les locaux vacants du complexe de Ouarzazate",
                "ⴰⵙⵉⵡⵍ ⵉ ⵜⵃⵓⵏⴰ ⵅⵍⴰⵏⵉⵏ ⵏ ⵓⵎⵙⵎⵓⵏ ⵏ ⵡⴰⵔⵣⴰⵣⴰⵜ",
                "",
                vacant,
                today.minusDays(3),
                today.plusDays(27),
                15,
                List.of()));
        calls.open(call);
        Set<Long> holders = jdbc
                .sql("select holder_id from infra_lease where holder_kind = 'ARTISAN'")
                .query(Long.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
        List<String> crafts = complexes.craftsOf(complexId);
        List<ArtisanSummary> applicants = artisans.registeredIn("401").stream()
                .filter(a -> !holders.contains(a.id()))
                .filter(a -> crafts.isEmpty()
                        || artisans.profile(a.id())
                                .map(p -> crafts.contains(p.craftCode()))
                                .orElse(false))
                .limit(APPLICANTS)
                .toList();
        for (int i = 0; i < applicants.size(); i++) {
            List<String> preferences = List.of(
                    vacant.get(i % vacant.size()),
                    vacant.get((i + 3) % vacant.size()),
                    vacant.get((i + 5) % vacant.size()));
            calls.apply(
                    call,
                    Applicant.artisan(applicants.get(i).id()),
                    preferences.stream().distinct().toList());
        }
    }
}
