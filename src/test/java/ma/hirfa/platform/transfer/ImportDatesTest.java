package ma.hirfa.platform.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ImportDatesTest {

    @Test
    void acceptsIsoAndDayMonthYearWithSlashes() {
        assertThat(ImportDates.parse("1980-03-12")).contains(LocalDate.of(1980, 3, 12));
        assertThat(ImportDates.parse("12/03/1980")).contains(LocalDate.of(1980, 3, 12));
        assertThat(ImportDates.parse("2/3/1980")).contains(LocalDate.of(1980, 3, 2));
    }

    @Test
    void refusesOtherFormatsAndImpossibleDatesRatherThanGuessing() {
        assertThat(ImportDates.parse("03/25/1980")).isEmpty();
        assertThat(ImportDates.parse("12.03.1980")).isEmpty();
        assertThat(ImportDates.parse("12/03/80")).isEmpty();
        assertThat(ImportDates.parse("1980-02-30")).isEmpty();
        assertThat(ImportDates.parse("March 12, 1980")).isEmpty();
    }
}
