package ma.hirfa.registry.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import ma.hirfa.registry.identity.PlaceNames.Place;
import org.junit.jupiter.api.Test;

/** How the one box reads a name typed with a birth year, a place or a piece of a registration number. */
class TypedSearchTest {

    private static final Place ZAGORA = new Place("587", "08", null);
    private static final Place ZAGORA_TOWN = new Place("587", "08", "08.587.01.13");
    private static final Place AIT_BOUDAOUD = new Place("587", "08", "08.587.03.05");
    private static final PlaceNames.Dictionary PLACES = new PlaceNames.Dictionary(
            Map.of(
                    PlaceNames.fold("Zagora"), List.of(ZAGORA, ZAGORA_TOWN),
                    PlaceNames.fold("زاكورة"), List.of(ZAGORA, ZAGORA_TOWN),
                    PlaceNames.fold("Ait Boudaoud"), List.of(AIT_BOUDAOUD)),
            2);

    @Test
    void aYearAndAProvinceAfterTheNameNarrowIt() {
        TypedSearch typed = TypedSearch.read("Mohamed Alaoui 1978 Zagora", PLACES, 2026);
        assertThat(typed.name()).isEqualTo("Mohamed Alaoui");
        assertThat(typed.narrowing().birthYear()).isEqualTo(1978);
        assertThat(typed.narrowing().provinceCodes()).containsExactly("587");
        assertThat(typed.communes()).as("Zagora is a province first").isEmpty();
        assertThat(typed.regions()).containsExactly("08");
        assertThat(typed.narrows()).isTrue();
    }

    @Test
    void arabicPlaceNamesAreReadWithOrWithoutTaMarbuta() {
        TypedSearch typed = TypedSearch.read("محمد العلوي 1978 زاكوره", PLACES, 2026);
        assertThat(typed.name()).isEqualTo("محمد العلوي");
        assertThat(typed.narrowing().provinceCodes()).containsExactly("587");
    }

    @Test
    void aCommuneOfTwoWordsInAnySpellingNarrowsToItAndItsProvince() {
        TypedSearch typed = TypedSearch.read("Fatima Ouhdou aït-boudaoud", PLACES, 2026);
        assertThat(typed.name()).isEqualTo("Fatima Ouhdou");
        assertThat(typed.communes()).containsExactly("08.587.03.05");
        assertThat(typed.narrowing().provinceCodes()).containsExactly("587");
    }

    @Test
    void aPlaceThatWouldLeaveLessThanTwoNameWordsStaysAName() {
        TypedSearch typed = TypedSearch.read("Mohamed Ait Boudaoud", PLACES, 2026);
        assertThat(typed.name()).isEqualTo("Mohamed Ait Boudaoud");
        assertThat(typed.narrows()).isFalse();
    }

    @Test
    void aPieceOfARegistrationNumberNarrowsAndAWholeReferenceIsLeftToTheExactLookup() {
        TypedSearch typed = TypedSearch.read("Mohamed Alaoui 587-2024", PLACES, 2026);
        assertThat(typed.narrowing().numberFragment()).isEqualTo("587-2024");
        assertThat(typed.name()).isEqualTo("Mohamed Alaoui");

        assertThat(TypedSearch.read("08-587-2024-000123", PLACES, 2026).narrows())
                .isFalse();
        assertThat(TypedSearch.read("jq 410002", PLACES, 2026).narrows()).isFalse();
        assertThat(TypedSearch.read("Mohamed Alaoui", PLACES, 2026).narrows()).isFalse();
        assertThat(TypedSearch.read("Mohamed Alaoui 2031", PLACES, 2026)
                        .narrowing()
                        .birthYear())
                .as("not a birth year yet")
                .isNull();
    }
}
