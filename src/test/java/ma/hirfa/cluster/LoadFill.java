package ma.hirfa.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.HirfaApplication;
import ma.hirfa.matching.IdentityIndex;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.IndexedIdentity;
import ma.hirfa.matching.generator.ArtisanGenerator;
import ma.hirfa.matching.generator.GeneratedRow;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the load benchmark's database as the search benchmark does: Hirfa started in this JVM (Flyway, demo
 * accounts and signing key), the project's generator (seed 42), {@link IdentityIndex#putAll} for the search
 * index, then one {@code insert ... select} into {@code reg_artisan}. Generated files take ids from
 * {@link #FIRST_ID} on, clear of the ids the nodes hand out. A database already holding them is reused.
 */
final class LoadFill {

    static final long FIRST_ID = 100_000_000L;

    private LoadFill() {}

    static void fill(String url, int artisans) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "hirfa", "hirfa");
                Statement s = c.createStatement()) {
            boolean migrated;
            try (ResultSet r = s.executeQuery("select count(*) from pg_tables where tablename = 'reg_artisan'")) {
                r.next();
                migrated = r.getInt(1) > 0;
            }
            if (migrated) {
                try (ResultSet r = s.executeQuery("select count(*) from reg_artisan where id >= " + FIRST_ID)) {
                    r.next();
                    if (r.getLong(1) == artisans) {
                        System.out.printf(Locale.ROOT, "register already holds %d generated artisans%n", artisans);
                        return;
                    }
                }
            }
        }
        long start = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplication(HirfaApplication.class)
                .run(
                        "--spring.datasource.url=" + url + "?reWriteBatchedInserts=true",
                        "--spring.datasource.username=hirfa",
                        "--spring.datasource.password=hirfa",
                        "--server.port=0",
                        "--hirfa.demo=true",
                        "--hirfa.demo.artisans=30",
                        "--hirfa.secrets.key=" + Cluster.SECRETS_KEY,
                        "--hirfa.data-dir=target/load-fill-data",
                        "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off",
                        "--hirfa.test.shared-datasource=true");
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            IdentityIndex index = app.getBean(IdentityIndex.class);
            jdbc.update("delete from mat_token where artisan_id >= ?", FIRST_ID);
            jdbc.update("delete from mat_identity where artisan_id >= ?", FIRST_ID);
            jdbc.update("delete from reg_artisan where id >= ?", FIRST_ID);
            Map<String, String> regionOf = new HashMap<>();
            jdbc.query("select code, region_code from ref_province", rs -> {
                regionOf.put(rs.getString(1), rs.getString(2));
            });
            List<IndexedIdentity> batch = new ArrayList<>();
            new ArtisanGenerator(42, ArtisanGenerator.Profile.STANDARD).generate(artisans, row -> {
                batch.add(indexed(row, regionOf));
                if (batch.size() == 5000) {
                    index.putAll(batch);
                    batch.clear();
                    if (row.id() % 100_000 == 0) {
                        System.out.printf(
                                Locale.ROOT,
                                "  %d indexed, %.0f s, load average %s%n",
                                row.id(),
                                (System.nanoTime() - start) / 1e9,
                                LoadRun.loadAverage());
                    }
                }
            });
            index.putAll(batch);
            jdbc.update(
                    "insert into reg_artisan (id, national_id, first_name_ar, last_name_ar, first_name_lat,"
                            + " last_name_lat, sex, birth_date, phone, region_code, province_code, status, created_at,"
                            + " updated_at, version, category, qualification_basis, registration_number)"
                            + " select artisan_id, national_id, first_name_ar, last_name_ar, first_name_lat, last_name_lat,"
                            + " 'M', birth_date, left(phone, 16), region_code, province_code,"
                            // the generator repeats a person's national id in some near-duplicates: one active file
                            // per person (V87, ADR 0064), the later ones struck off
                            + " case when exists (select 1 from mat_identity e where e.national_id = m.national_id"
                            + " and e.artisan_id < m.artisan_id) then 'STRUCK_OFF' else 'REGISTERED' end, now(), now(), 0,"
                            + " 'ARTISAN', 'EXPERIENCE', registration_number from mat_identity m where artisan_id >= ?",
                    FIRST_ID);
            jdbc.execute("analyze reg_artisan");
            jdbc.execute("analyze mat_identity");
            jdbc.execute("analyze mat_token");
            System.out.printf(
                    Locale.ROOT,
                    "filled %d artisans (index and register) in %.0f s, load average %s%n",
                    artisans,
                    (System.nanoTime() - start) / 1e9,
                    LoadRun.loadAverage());
        } finally {
            app.close();
        }
    }

    private static IndexedIdentity indexed(GeneratedRow row, Map<String, String> regionOf) {
        String region = regionOf.getOrDefault(row.provinceCode(), "08");
        long id = FIRST_ID + row.id();
        String number = String.format(
                Locale.ROOT,
                "%s-%s-%d-%09d",
                region,
                row.provinceCode(),
                row.registrationDate() == null ? 2024 : row.registrationDate().getYear(),
                row.id());
        return new IndexedIdentity(
                id,
                region,
                number,
                new IdentityRecord(
                        Long.toString(id),
                        row.nationalId(),
                        row.firstNameAr(),
                        row.lastNameAr(),
                        row.firstNameLat(),
                        row.lastNameLat(),
                        row.birthDate(),
                        row.provinceCode(),
                        row.phone()));
    }
}
