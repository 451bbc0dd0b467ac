package ma.hirfa.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.list.Criteria;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class CrosstabTest {

    @Test
    void countsByCraftAndStatusWithinTheRegionAndGivesTheChartAndTheExportRows() {
        JdbcTemplate jdbc =
                new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:crosstab;DB_CLOSE_DELAY=-1", "sa", ""));
        jdbc.execute("create table contract (craft_code varchar(5), status varchar(10), region_code varchar(2))");
        jdbc.update("insert into contract values ('P01', 'RUNNING', '08'), ('P01', 'RUNNING', '08'),"
                + " ('P01', 'ABANDONED', '08'), ('P02', 'DRAFT', '08'), ('P01', 'RUNNING', '03')");

        Crosstab tab = Crosstab.tally(
                jdbc,
                "contract",
                "craft_code",
                "status",
                List.of("RUNNING", "ABANDONED"),
                Criteria.scoped(RegionScope.region("08")),
                code -> "craft " + code);

        assertThat(tab.rows())
                .containsExactly(List.of("P01", "craft P01", 2L, 1L), List.of("P02", "craft P02", 1L, 0L));
        Chart chart = tab.chart("caption", "craft", "status");
        assertThat(chart.series()).extracting(Series::labelKey).containsExactly("status.RUNNING", "status.ABANDONED");
        assertThat(chart.categories()).extracting(Count::label).containsExactly("craft P01", "craft P02");
        assertThat(chart.series().get(0).total()).isEqualTo(3);
    }
}
