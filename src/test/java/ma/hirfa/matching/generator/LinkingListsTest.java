package ma.hirfa.matching.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class LinkingListsTest {

    private final List<GeneratedRow> rows = new ArrayList<>();
    private final Map<Long, GeneratedRow> byId = new HashMap<>();

    LinkingListsTest() {
        new ArtisanGenerator(21, ArtisanGenerator.Profile.LINKING).generate(20_000, row -> {
            rows.add(row);
            byId.put(row.id(), row);
        });
    }

    @Test
    void everyRowIsInOneScriptOnly() {
        assertThat(rows).allMatch(r -> (r.firstNameAr() == null) != (r.firstNameLat() == null));
        assertThat(rows).anyMatch(r -> r.firstNameAr() == null).anyMatch(r -> r.firstNameLat() == null);
    }

    @Test
    void eachRepeatSharesWhatItsCategorySays() {
        List<GeneratedRow> repeats =
                rows.stream().filter(r -> r.duplicateOf() != 0).toList();

        assertThat(repeats).hasSizeBetween(400, 800);
        for (GeneratedRow repeat : repeats) {
            GeneratedRow first = byId.get(repeat.duplicateOf());
            boolean sameScript = (repeat.firstNameAr() == null) == (first.firstNameAr() == null);
            assertThat(sameScript).isEqualTo(repeat.category().equals(LinkingLists.SAME_SCRIPT));
            switch (repeat.category()) {
                case LinkingLists.BIRTH_DATE -> assertThat(repeat.birthDate()).isEqualTo(first.birthDate());
                case LinkingLists.PHONE -> assertThat(repeat.phone()).isEqualTo(first.phone());
                case LinkingLists.ID_SLIP ->
                    assertThat(repeat.nationalId())
                            .isNotEqualTo(first.nationalId())
                            .hasSameSizeAs(first.nationalId());
                case LinkingLists.OTHER_PROVINCE ->
                    assertThat(repeat.provinceCode()).isNotEqualTo(first.provinceCode());
                case LinkingLists.NAME_ONLY -> {
                    assertThat(repeat.nationalId()).isNull();
                    assertThat(repeat.birthDate()).isNull();
                }
                default -> {}
            }
        }
        // every person is repeated at most once: two lists
        assertThat(repeats.stream().map(GeneratedRow::duplicateOf).distinct()).hasSameSizeAs(repeats);
    }

    @Test
    void namesakesCarryAnEarlierPersonsNameWithTheirOwnIdAndBirthDate() {
        List<GeneratedRow> namesakes =
                rows.stream().filter(r -> r.namesakeOf() != 0).toList();

        assertThat(namesakes).hasSizeGreaterThan(1_000);
        assertThat(namesakes).anyMatch(r -> r.category().equals(LinkingLists.NAMESAKE_SAME_YEAR));
        for (GeneratedRow namesake : namesakes) {
            GeneratedRow source = byId.get(namesake.namesakeOf());
            assertThat(namesake.duplicateOf()).isZero();
            assertThat(Objects.equals(namesake.birthDate(), source.birthDate()) && namesake.birthDate() != null)
                    .isFalse();
        }
    }
}
