package ma.hirfa.platform.list;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.platform.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The list kit on a real database (H2): totals, pages, scope and sort together. */
class ListingTest {

    private static JdbcClient jdbc;
    private static final SortColumns SORTS =
            SortColumns.by("recent", "id", false).or("name", "name").build();

    @BeforeAll
    static void rows() {
        jdbc = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:listing;DB_CLOSE_DELAY=-1", "sa", ""));
        jdbc.sql("create table item (id bigint primary key, name varchar(20), region_code varchar(2))")
                .update();
        for (int i = 1; i <= 45; i++) {
            jdbc.sql("insert into item values (?, ?, ?)")
                    .params(i, "n" + (100 - i), i <= 30 ? "08" : "03")
                    .update();
        }
    }

    @Test
    void aPageOfARegionKnowsHowManyRowsTheWholeQueryFound() {
        ListPage<Long> page = Listing.page(
                jdbc,
                "id",
                "item",
                Criteria.scoped(RegionScope.region("08")),
                SORTS.resolve(null, null),
                new PageSpec(1, 20),
                (rs, n) -> rs.getLong(1));

        assertThat(page.total()).isEqualTo(30);
        assertThat(page.items()).hasSize(10).first().isEqualTo(10L);
        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(page.first()).isEqualTo(21);
        assertThat(page.last()).isEqualTo(30);
        assertThat(page.hasNext()).isFalse();
        assertThat(page.hasPrevious()).isTrue();
    }

    @Test
    void anAllowedSortOrdersTheRowsAndAnArtisanWithoutOwnFilesSeesNone() {
        ListPage<Long> byName = Listing.page(
                jdbc,
                "id",
                "item",
                Criteria.unscoped(),
                SORTS.resolve("name", "asc"),
                new PageSpec(0, 3),
                (rs, n) -> rs.getLong(1));
        ListPage<Long> artisan = Listing.page(
                jdbc,
                "id",
                "item",
                Criteria.scoped(RegionScope.ownFile(7L)),
                SORTS.resolve(null, null),
                new PageSpec(0, 3),
                (rs, n) -> rs.getLong(1));

        assertThat(byName.items()).containsExactly(45L, 44L, 43L);
        assertThat(byName.total()).isEqualTo(45);
        assertThat(artisan.total()).isZero();
        assertThat(artisan.isEmpty()).isTrue();
    }

    @Test
    void thePageSizeIsBoundedAndTheFirstPageIsTheSmallest() {
        assertThat(new PageSpec(-3, 10_000)).isEqualTo(new PageSpec(0, PageSpec.MAX_SIZE));
        assertThat(PageSpec.of(null, null).size()).isEqualTo(PageSpec.DEFAULT_SIZE);
        assertThat(new PageSpec(2, 25).offset()).isEqualTo(50);
    }
}
