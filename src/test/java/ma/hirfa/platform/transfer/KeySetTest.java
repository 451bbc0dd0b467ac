package ma.hirfa.platform.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeySetTest {

    @Test
    void remembersEveryKeyOnceAcrossGrowth() {
        KeySet keys = new KeySet();
        for (int i = 0; i < 100_000; i++) {
            assertThat(keys.add("J" + i)).isTrue();
        }
        assertThat(keys.add("J99999")).isFalse();
        assertThat(keys.add("J0")).isFalse();
        assertThat(keys.add("K0")).isTrue();
        assertThat(keys.size()).isEqualTo(100_001);
    }

    @Test
    void tellsArabicAndLatinKeysApart() {
        KeySet keys = new KeySet();
        assertThat(keys.add("محمد|1980-03-12")).isTrue();
        assertThat(keys.add("محمد|1980-03-21")).isTrue();
        assertThat(keys.add("محمد|1980-03-12")).isFalse();
    }
}
