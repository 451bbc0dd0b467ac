package ma.hirfa.platform.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstRowsTest {

    @Test
    void aRepeatedKeyAnswersTheRowWhereItWasFirstSeenEvenAfterTheTableGrew() {
        FirstRows rows = new FirstRows();
        for (int i = 0; i < 20_000; i++) {
            assertThat(rows.putIfAbsent("JX" + i, i + 2L)).isNull();
        }
        assertThat(rows.putIfAbsent("JX12", 99)).isEqualTo(14L);
        assertThat(rows.putIfAbsent("JX19999", 99)).isEqualTo(20_001L);
        assertThat(rows.putIfAbsent("JX12", 100)).as("the first row stays").isEqualTo(14L);
    }
}
