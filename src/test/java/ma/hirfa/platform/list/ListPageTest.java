package ma.hirfa.platform.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListPageTest {

    @Test
    void thePagerLinksTheFirstTheLastAndThePagesAroundTheCurrentOne() {
        ListPage<Integer> page = new ListPage<>(Collections.nCopies(20, 1), 10, 20, 1000, false);

        assertThat(page.totalPages()).isEqualTo(50);
        assertThat(page.numbers()).containsExactly(0, 8, 9, 10, 11, 12, 49);
    }

    @Test
    void anEmptyPageSaysWhetherTheUserSearched() {
        ListPage<Integer> searched = new ListPage<>(List.of(), 0, 20, 0, true);

        assertThat(searched.first()).isZero();
        assertThat(searched.filtered()).isTrue();
        assertThat(searched.numbers()).isEmpty();
        assertThat(searched.map(String::valueOf).filtered()).isTrue();
    }
}
