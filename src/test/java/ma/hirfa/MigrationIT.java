package ma.hirfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import ma.hirfa.support.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migrations build the whole schema on an empty database (H2, and PostgreSQL on CI): every file is applied,
 * each table belongs to a module by its prefix and is written only by that module, and every column the
 * Spring Data JDBC entities map exists.
 */
@SpringBootTest(properties = "hirfa.demo=false")
class MigrationIT {

    /** Table prefix → owning module (a package under ma.hirfa). */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("plat", "platform"),
            Map.entry("imp", "platform"), // the import jobs of platform/transfer
            Map.entry("ref", "reference"),
            Map.entry("reg", "registry"),
            Map.entry("mat", "matching"),
            Map.entry("cov", "coverage"),
            Map.entry("trn", "training"),
            Map.entry("app", "apprenticeship"),
            Map.entry("vae", "vae"),
            Map.entry("call", "calls"),
            Map.entry("infra", "infrastructure"));

    /** Tables that libraries name and own: Flyway, Spring Session, Spring Modulith's registry, db-scheduler. */
    private static final Set<String> LIBRARY_TABLES =
            Set.of("flyway_schema_history", "spring_session", "spring_session_attributes", "event_publication");

    private static final Pattern WRITE = Pattern.compile(
            "(?i)(?:\\binsert\\s+into|\\bupdate|\\bdelete\\s+from|\\bcopy|@Table\\(\")\\s*([a-z]+_[a-z0-9_]+)\\b");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcMappingContext mapping;

    @Test
    void migrationsBuildAndValidateTheSchemaOnAnEmptyDatabase() throws IOException {
        Map<String, Object> database = TestDatabases.freshDatabase();
        DriverManagerDataSource empty = new DriverManagerDataSource(
                (String) database.get("spring.datasource.url"),
                (String) database.get("spring.datasource.username"),
                (String) database.get("spring.datasource.password"));
        // as spring.flyway.locations: the common migrations and the vendor's own (db/vendor/{vendor}, ADR 0064)
        String vendor = "classpath:db/vendor/" + (TestDatabases.postgres() ? "postgresql" : "h2");
        var configuration = Flyway.configure().dataSource(empty).locations("classpath:db/migration", vendor);
        if (database.containsKey("spring.flyway.schemas")) {
            configuration.schemas((String) database.get("spring.flyway.schemas"));
        }
        Flyway flyway = configuration.load();

        MigrateResult result = flyway.migrate();
        flyway.validate();

        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Resource[] files = Stream.concat(
                        Arrays.stream(resolver.getResources("classpath*:db/migration/V*__*.sql")),
                        Arrays.stream(
                                resolver.getResources(vendor.replace("classpath:", "classpath*:") + "/V*__*.sql")))
                .toArray(Resource[]::new);
        assertThat(result.migrationsExecuted)
                .as("migration files on the classpath")
                .isEqualTo(files.length);
        // On PostgreSQL Flyway also records the creation of the test's own schema (type SCHEMA): not a migration.
        MigrationInfo[] applied = Arrays.stream(flyway.info().applied())
                .filter(m -> m.getType() != org.flywaydb.core.api.CoreMigrationType.SCHEMA)
                .toArray(MigrationInfo[]::new);
        assertThat(applied)
                .as("every migration applied with success")
                .hasSize(files.length)
                .allMatch(m -> m.getState().isApplied() && !m.getState().isFailed(), "applied, not failed");
        assertThat(Arrays.stream(applied).map(MigrationInfo::getScript))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(files).map(Resource::getFilename).toList());
        assertThat(flyway.info().pending()).isEmpty();
        JdbcTemplate jdbc = new JdbcTemplate(empty);
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

    @Test
    void everyVendorMigrationHasItsTwinForTheOtherDatabase() throws IOException {
        assertThat(vendorMigrations("h2"))
                .as("db/vendor/h2 and db/vendor/postgresql hold the same versions")
                .isNotEmpty()
                .isEqualTo(vendorMigrations("postgresql"));
    }

    private static Set<String> vendorMigrations(String vendor) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Resource file : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:db/vendor/" + vendor + "/V*__*.sql")) {
            names.add(file.getFilename());
        }
        return names;
    }

    @Test
    void everyTableBelongsToAModuleByItsPrefix() throws SQLException {
        List<String> orphans = new ArrayList<>();
        for (String table : schema().keySet()) {
            if (LIBRARY_TABLES.contains(table)) {
                continue;
            }
            String owner = owner(table);
            if (owner == null || !Files.isDirectory(Path.of("src/main/java/ma/hirfa", owner))) {
                orphans.add(table);
            }
        }
        assertThat(orphans).as("tables whose prefix names no module").isEmpty();
        assertThat(schema().keySet()).as("the schema").contains("plat_user", "reg_artisan", "trn_certificate");
    }

    @Test
    void everyTableIsWrittenOnlyByTheModuleItsPrefixNames() throws IOException, SQLException {
        Set<String> tables = schema().keySet();
        Map<String, Set<String>> writers = new TreeMap<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/ma/hirfa"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String module = Path.of("src/main/java/ma/hirfa")
                        .relativize(source)
                        .getName(0)
                        .toString();
                Matcher write = WRITE.matcher(Files.readString(source));
                while (write.find()) {
                    String table = write.group(1).toLowerCase(Locale.ROOT);
                    if (tables.contains(table)) {
                        writers.computeIfAbsent(table, t -> new TreeSet<>()).add(module);
                    }
                }
            }
        }
        Map<String, Set<String>> trespassing = new TreeMap<>();
        writers.forEach((table, modules) -> {
            String owner = owner(table);
            if (!Set.of(owner).equals(modules)) {
                trespassing.put(table + " (owner " + owner + ")", modules);
            }
        });
        assertThat(trespassing)
                .as("tables written by another module than their owner")
                .isEmpty();
        assertThat(writers).as("writers found").containsKeys("reg_artisan", "plat_audit_record", "vae_decision");
    }

    @Test
    void everyColumnTheEntitiesMapExists() throws SQLException {
        Map<String, Set<String>> schema = schema();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Table.class));
        List<String> missing = new ArrayList<>();
        int entities = 0;
        for (BeanDefinition candidate : scanner.findCandidateComponents("ma.hirfa")) {
            RelationalPersistentEntity<?> entity = mapping.getRequiredPersistentEntity(load(candidate));
            entities++;
            check(entity, table(entity), "", schema, missing);
        }
        assertThat(entities).as("entities found").isGreaterThanOrEqualTo(11);
        assertThat(missing).as("mapped columns missing from the schema").isEmpty();
    }

    private void check(
            RelationalPersistentEntity<?> entity,
            String table,
            String prefix,
            Map<String, Set<String>> schema,
            List<String> missing) {
        Set<String> columns = schema.getOrDefault(table, Set.of());
        if (columns.isEmpty()) {
            missing.add(table + " (table of " + entity.getType().getSimpleName() + ")");
            return;
        }
        for (RelationalPersistentProperty property : entity) {
            if (property.isEmbedded()) {
                check(
                        mapping.getRequiredPersistentEntity(property),
                        table,
                        prefix + property.getEmbeddedPrefix(),
                        schema,
                        missing);
            } else if (property.isEntity()) {
                RelationalPersistentEntity<?> child = mapping.getRequiredPersistentEntity(property.getActualType());
                String childTable = table(child);
                String back =
                        property.getReverseColumnName(entity).getReference().toLowerCase(Locale.ROOT);
                if (!schema.getOrDefault(childTable, Set.of()).contains(back)) {
                    missing.add(childTable + "." + back + " (back reference of " + property + ")");
                }
                check(child, childTable, "", schema, missing);
            } else {
                String column = (prefix + property.getColumnName().getReference()).toLowerCase(Locale.ROOT);
                if (!columns.contains(column)) {
                    missing.add(table + "." + column + " (" + property + ")");
                }
            }
        }
    }

    private static String table(RelationalPersistentEntity<?> entity) {
        return entity.getTableName().getReference().toLowerCase(Locale.ROOT);
    }

    private static String owner(String table) {
        int underscore = table.indexOf('_');
        return underscore < 0 ? null : OWNERS.get(table.substring(0, underscore));
    }

    private static Class<?> load(BeanDefinition candidate) {
        try {
            return Class.forName(candidate.getBeanClassName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Table → columns of the application's schema, as the database reports them. */
    private Map<String, Set<String>> schema() throws SQLException {
        String schema;
        try (Connection connection = dataSource.getConnection()) {
            schema = connection.getSchema();
        }
        Map<String, Set<String>> tables = new HashMap<>();
        new JdbcTemplate(dataSource)
                .query(
                        "select c.table_name, c.column_name from information_schema.columns c"
                                + " join information_schema.tables t on t.table_schema = c.table_schema"
                                + " and t.table_name = c.table_name"
                                + " where lower(c.table_schema) = lower(?) and t.table_type = 'BASE TABLE'",
                        rs -> {
                            tables.computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), t -> new TreeSet<>())
                                    .add(rs.getString(2).toLowerCase(Locale.ROOT));
                        },
                        schema);
        return tables;
    }
}
