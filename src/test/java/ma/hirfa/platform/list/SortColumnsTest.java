package ma.hirfa.platform.list;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SortColumnsTest {

    private static final SortColumns SORTS = SortColumns.by("recent", "id", false)
            .or("name", "lower(last_name)")
            .or("status", "status")
            .build();

    @Test
    void anAllowedColumnSortsByItsSqlWithTheTieBreaker() {
        Sort sort = SORTS.resolve("name", "desc");

        assertThat(sort.orderBy()).isEqualTo(" order by lower(last_name) desc, id desc");
        assertThat(sort.ariaSort("name")).isEqualTo("descending");
        assertThat(sort.ariaSort("status")).isEqualTo("none");
        assertThat(sort.nextDirection("name")).isEqualTo("asc");
    }

    @Test
    void anUnknownColumnFallsBackToTheDefaultAndNeverReachesTheSql() {
        Sort sort = SORTS.resolve("id; drop table reg_artisan --", "asc");

        assertThat(sort.orderBy()).isEqualTo(" order by id desc, id desc").doesNotContain("drop");
        assertThat(sort.key()).isEqualTo("recent");
        assertThat(sort.byDefault()).isTrue();
    }

    @Test
    void theDirectionIsAscendingUnlessDescIsAsked() {
        assertThat(SORTS.resolve("status", null).ascending()).isTrue();
        assertThat(SORTS.resolve("status", "DESC").ascending()).isFalse();
        assertThat(SORTS.resolve("status", "desc; --").ascending()).isTrue();
    }
}
