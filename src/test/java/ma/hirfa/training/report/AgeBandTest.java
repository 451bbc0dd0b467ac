package ma.hirfa.training.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeBandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void anArtisanChangesBandOnTheirBirthdayNotBefore() {
        assertThat(AgeBand.of(LocalDate.of(2001, 12, 1), TODAY)).isEqualTo("UNDER_25");
        assertThat(AgeBand.of(LocalDate.of(2001, 11, 30), TODAY)).isEqualTo("FROM_25_TO_34");
        assertThat(AgeBand.of(LocalDate.of(1981, 11, 30), TODAY)).isEqualTo("FROM_45_TO_54");
        assertThat(AgeBand.of(LocalDate.of(1940, 1, 1), TODAY)).isEqualTo("FROM_55");
    }

    @Test
    void aMissingOrFutureBirthDateIsUnknown() {
        assertThat(AgeBand.of(null, TODAY)).isEqualTo(AgeBand.UNKNOWN);
        assertThat(AgeBand.of(TODAY.plusDays(1), TODAY)).isEqualTo(AgeBand.UNKNOWN);
    }
}
