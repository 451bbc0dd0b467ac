package ma.hirfa.platform.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ma.hirfa.calls.CallsFixtures;
import ma.hirfa.infrastructure.UnitFixtures;
import ma.hirfa.registry.RegistryFixtures;

/** The records behind {@link MainPages#RECORDS}: a complex of Ouarzazate with units, one leased, and an open call. */
final class MainPageData {

    private MainPageData() {}

    /** Every main page, those of records filled with records made now (staff accounts must exist). */
    static List<MainPages> all(int port) {
        long complex = UnitFixtures.complexIn(port, "401");
        List<String> vacant = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            long unit = UnitFixtures.unit(port, "agent.draa", complex, "P-0" + i, i / 4, "SHOP", 900);
            if (i == 1) {
                long holder = RegistryFixtures.artisanIn("401").registered(port);
                UnitFixtures.postLease(
                        port,
                        "agent.draa",
                        unit,
                        UnitFixtures.lease(
                                holder,
                                java.time.LocalDate.now().minusMonths(3),
                                java.time.LocalDate.now().plusYears(2),
                                "900"));
            } else {
                vacant.add(String.valueOf(unit));
            }
        }
        long call = CallsFixtures.openToday(port, "infrastructure.units", complex, vacant);
        CallsFixtures.apply(port, call, RegistryFixtures.artisanIn("401").registered(port), vacant.get(0));
        Map<String, Long> records = Map.of("complex", complex, "call", call);
        return Stream.concat(MainPages.ALL.stream(), MainPages.RECORDS.stream().map(p -> p.with(records)))
                .toList();
    }
}
