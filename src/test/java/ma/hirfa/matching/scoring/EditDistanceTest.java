package ma.hirfa.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
        "JB123456, JB123456, true",
        "JB123456, JB123457, true", // last digit retyped
        "JB123456, JB129956, false", // two digits replaced
        "JB123456, JB213456, true", // two neighbours swapped
        "JB123456, JB12456, true", // one dropped
        "JB123456, JB1233456, true", // one doubled
        "JB123456, J123456, true", // a letter of the prefix dropped
        "JB123456, D123456, false",
        "JB123456, JB654321, false"
    })
    void aNationalIdTypoIsOneCharacterReplacedAddedDroppedOrSwapped(String a, String b, boolean typo) {
        assertThat(EditDistance.withinOne(a, b)).isEqualTo(typo);
        assertThat(EditDistance.withinOne(b, a)).isEqualTo(typo);
    }
}
