package ma.hirfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import ma.hirfa.support.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The migrations build the whole schema on an empty database (H2, and PostgreSQL on CI) and validate. */
class MigrationIT {

    @Test
    void migrationsBuildAndValidateTheSchemaOnAnEmptyDatabase() {
        Map<String, Object> database = TestDatabases.freshDatabase();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                (String) database.get("spring.datasource.url"),
                (String) database.get("spring.datasource.username"),
                (String) database.get("spring.datasource.password"));
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (database.containsKey("spring.flyway.schemas")) {
            configuration.schemas((String) database.get("spring.flyway.schemas"));
        }
        Flyway flyway = configuration.load();

        MigrateResult result = flyway.migrate();
        flyway.validate();

        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(4);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from ref_region", Integer.class))
                .isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from ref_province", Integer.class))
                .isEqualTo(75);
        assertThat(jdbc.queryForObject("select count(*) from ref_commune", Integer.class))
                .isEqualTo(125);
        assertThat(jdbc.queryForObject(
                        "select count(*) from ref_craft c join ref_craft_nomenclature n on n.id = c.nomenclature_id"
                                + " where n.active = true",
                        Integer.class))
                .isEqualTo(14);
        assertThat(jdbc.queryForObject("select last_seq from plat_audit_head where id = 1", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from reg_artisan", Integer.class))
                .isZero();
        System.out.println("Migrations validated on " + TestDatabases.name());
    }
}
