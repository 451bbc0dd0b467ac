package ma.hirfa.registry.importing;

import static ma.hirfa.registry.importing.ImportFixtures.HEADER;
import static ma.hirfa.registry.importing.ImportFixtures.count;
import static ma.hirfa.registry.importing.ImportFixtures.state;
import static ma.hirfa.registry.importing.ImportFixtures.upload;
import static ma.hirfa.registry.importing.ImportFixtures.waitForJob;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.platform.transfer.TransferFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class ArtisanImportIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDryRunReportsNewDuplicateAndInvalidRowsThenTheCommitWritesOnlyNewRowsAsAuditedDrafts() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        existing(agent, "JX100001");
        String csv = HEADER
                + "JX100002,محمد,أوحدو,Mohamed,Ouahdou,M,12/03/1980,0612345678,201,08.201.01.01,P01\n"
                + "JX100003,,,Rkia,Ouzal,F,1975-01-31,,201,,\n"
                + "JX100001,فاطمة,أوزال,,,F,1970-01-01,,201,,\n"
                + "JX100004,خديجة,بناني,,,F,03/25/1980,,201,,\n"
                + "JX100005,خديجة,بناني,,,F,1980-03-25,,231,,\n"
                + "JX100002,محمد,أوحدو,,,M,1980-03-12,,201,,\n"
                + "JX100006,only,three\n"
                + "JX100007,محمد,أوحدو,,,M,1980-03-12,,201,,\n";
        long job = upload(agent, "delegation-errachidia", "liste.csv", csv.getBytes(StandardCharsets.UTF_8));

        String report = waitForJob(agent, job);

        assertThat(state(report)).isEqualTo("VALIDATED");
        assertThat(count(report, "count-new")).isEqualTo(3);
        assertThat(count(report, "count-duplicate")).isEqualTo(1);
        assertThat(count(report, "count-invalid")).isEqualTo(4);
        assertThat(report)
                .contains("Date 03/25/1980 illisible")
                .contains("Cette province n’est pas dans votre région.")
                .as("a repeated row says which earlier row it repeats")
                .contains("Même identifiant (JX100002) que la ligne 2")
                .contains("Nombre de colonnes incorrect : 11 attendues, 3 trouvées.")
                .contains("Déjà enregistré dans le registre.");
        String reportCsv =
                new String(agent.download("/transfer/imports/" + job + "/report.csv"), StandardCharsets.UTF_8);
        assertThat(reportCsv)
                .contains("Ligne,Résultat,Messages")
                .contains("5,Invalides,Date de naissance : Date 03/25/1980");
        assertThat(importedFiles(job)).isZero();

        agent.post("/transfer/imports/" + job + "/commit", Map.of());
        String done = waitForJob(agent, job);

        assertThat(state(done)).isEqualTo("COMMITTED");
        assertThat(count(done, "count-written")).isEqualTo(3);
        assertThat(jdbc.queryForList(
                        "select potential_duplicate from reg_artisan where national_id in ('JX100002', 'JX100007')"
                                + " order by national_id",
                        Boolean.class))
                .as("same name and birth date under another national id: flagged for review")
                .containsExactly(false, true);
        assertThat(jdbc.queryForList(
                        "select status from reg_artisan where national_id in ('JX100002', 'JX100003')", String.class))
                .containsExactly("DRAFT", "DRAFT");
        assertThat(jdbc.queryForObject("select phone from reg_artisan where national_id = 'JX100002'", String.class))
                .isEqualTo("+212612345678");
        assertThat(jdbc.queryForObject(
                        "select count(*) from reg_artisan where national_id in ('JX100004', 'JX100005', 'JX100006')",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select after_state from plat_audit_record where entity_type = 'ArtisanImportBatch' and"
                                + " entity_id like ?",
                        String.class,
                        job + "/%"))
                .contains("JX100002")
                .contains("JX100003")
                .contains("DRAFT");
        assertThat(jdbc.queryForObject(
                        "select actor from plat_audit_record where entity_type = 'ArtisanImportBatch' and entity_id"
                                + " like ?",
                        String.class,
                        job + "/%"))
                .isEqualTo("agent.draa");
        assertThat(agent.get("/registry/artisans?q=" + java.net.URLEncoder.encode("رقية أوزال", StandardCharsets.UTF_8))
                        .body())
                .as("an imported Latin-only file is found by its Arabic spelling")
                .contains("JX100003");
    }

    @Test
    void aFileRegisteredBetweenTheDryRunAndTheCommitIsNotWrittenTwiceAndEachDraftHasItsEventAndIndexEntry() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        String csv = HEADER
                + "JY100001,فاطمة,أوزال,,,F,1970-01-01,,201,,\n"
                + "JY100002,,,Brahim,Ait Lahcen,M,1968-07-09,0612345679,201,,\n";
        long job = upload(agent, "delegation-rissani", "rissani.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(count(waitForJob(agent, job), "count-new")).isEqualTo(2);

        existing(agent, "JY100001");
        agent.post("/transfer/imports/" + job + "/commit", Map.of());
        String done = waitForJob(agent, job);

        assertThat(state(done)).isEqualTo("COMMITTED");
        assertThat(count(done, "count-written")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reg_artisan where national_id = 'JY100001'", Integer.class))
                .isEqualTo(1);
        long id = jdbc.queryForObject(
                "select id from reg_artisan where national_id = 'JY100002' and import_job_id = ?", Long.class, job);
        assertThat(jdbc.queryForList("select to_status from reg_artisan_event where artisan_id = ?", String.class, id))
                .containsExactly("DRAFT");
        assertThat(jdbc.queryForObject("select region_code from mat_identity where artisan_id = ?", String.class, id))
                .isEqualTo("08");
        assertThat(jdbc.queryForObject("select count(*) from mat_token where artisan_id = ?", Integer.class, id))
                .isPositive();
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        byte[] file = (HEADER + "JX200001,,,Said,Amrani,M,1960-06-06,,201,,\n").getBytes(StandardCharsets.UTF_8);
        long job = upload(agent, "same-file", "a.csv", file);
        waitForJob(agent, job);
        agent.post("/transfer/imports/" + job + "/commit", Map.of());
        assertThat(state(waitForJob(agent, job))).isEqualTo("COMMITTED");
        long jobs = jdbc.queryForObject("select count(*) from imp_job", Long.class);

        agent.get("/transfer/imports?lang=fr");
        WebResponse again = agent.upload(
                "/transfer/imports", Map.of("kind", "artisans", "source", "same-file"), "file", "a.csv", file);

        assertThat(again.location()).endsWith("/transfer/imports/" + job);
        assertThat(agent.get("/transfer/imports/" + job).body()).contains("déjà été importé");
        assertThat(jdbc.queryForObject("select count(*) from imp_job", Long.class))
                .isEqualTo(jobs);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reg_artisan where national_id = 'JX200001'", Integer.class))
                .isOne();

        long copy = upload(agent, "another-source", "a.csv", file);
        String dryRun = waitForJob(agent, copy);
        assertThat(count(dryRun, "count-duplicate")).isEqualTo(1);
        assertThat(count(dryRun, "count-new")).isZero();
    }

    @Test
    void everyBadFileGetsAClearMessageAndWritesNothing() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        long before = jdbc.queryForObject("select count(*) from reg_artisan", Long.class);
        String row = "JX300001,محمد,أوحدو,,,M,1980-03-12,,201,,\n";

        assertRefused(agent, "cp1256.csv", (HEADER + row).getBytes(Charset.forName("windows-1256")), "pas en UTF-8");
        assertRefused(agent, "utf16.csv", (HEADER + row).getBytes(StandardCharsets.UTF_16), "pas en UTF-8");
        assertRefused(agent, "binary.csv", new byte[] {'a', '\n', 0, 1, 2, 3, '\n'}, "données binaires");
        assertRefused(agent, "quotes.csv", TransferFixtures.utf8(HEADER + "\"JX300002,x\n" + row), "mal formé");
        assertRefused(
                agent,
                "big.csv",
                TransferFixtures.utf8(HEADER + "JX300003,\"" + "ب".repeat(5 * 1024 * 1024) + "\"\n"),
                "trop longue");
        assertRefused(agent, "bomb.xlsx", TransferFixtures.xlsxBomb(), "bombe zip");
        assertRefused(agent, "columns.csv", TransferFixtures.utf8("nom,prenom\nA,B\n"), "national_id, province_code");

        assertThat(jdbc.queryForObject("select count(*) from reg_artisan", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aWorkbookImportsLikeACsvAndColumnsMayBeMappedOncePerSource() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        byte[] book = TransferFixtures.xlsx(java.util.List.of(
                java.util.List.of("CIN", "Nom", "Prénom", "Province"),
                java.util.List.of("JX400001", "Alaoui", "Karim", "201")));
        long job = upload(agent, "commune-list", "liste.xlsx", book);
        String page = waitForJob(agent, job);
        assertThat(page).contains("Colonnes obligatoires absentes : national_id, province_code");

        agent.post(
                "/transfer/imports/" + job + "/mapping",
                Map.of(
                        "column.national_id", "CIN",
                        "column.last_name_lat", "Nom",
                        "column.first_name_lat", "Prénom",
                        "column.province_code", "Province"));
        String mapped = waitForJob(agent, job);

        assertThat(state(mapped)).isEqualTo("VALIDATED");
        assertThat(count(mapped, "count-new")).isEqualTo(1);
        long next = upload(
                agent,
                "commune-list",
                "autre.xlsx",
                TransferFixtures.xlsx(java.util.List.of(
                        java.util.List.of("CIN", "Nom", "Prénom", "Province"),
                        java.util.List.of("JX400002", "Idrissi", "Laila", "201"))));
        assertThat(count(waitForJob(agent, next), "count-new")).isEqualTo(1);
    }

    @Test
    void anotherRegionDoesNotSeeTheJobAndReadOnlyRolesCannotImport() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        long job = upload(agent, "x", "x.csv", TransferFixtures.utf8(HEADER + "JX500001,,,A,B,M,,,201,,\n"));

        assertThat(WebSession.loggedIn(port, "agent.fes")
                        .get("/transfer/imports/" + job)
                        .status())
                .isEqualTo(404);
        assertThat(WebSession.loggedIn(port, "ministry")
                        .get("/transfer/imports")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theListExportsAsCsvAndXlsxWithinTheRegionNeutralisedAndAudited() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        existing(agent, "JX600001");
        long audits = jdbc.queryForObject(
                "select count(*) from plat_audit_record where entity_type = 'ArtisanSearchExport'", Long.class);

        String csv = new String(agent.download("/registry/artisans/export?format=csv"), StandardCharsets.UTF_8);
        byte[] xlsx = agent.download("/registry/artisans/export?format=xlsx&nationalId=JX600001");
        String fes = new String(
                WebSession.loggedIn(port, "agent.fes").download("/registry/artisans/export?format=csv&q=JX600001"),
                StandardCharsets.UTF_8);

        assertThat(csv)
                .startsWith("\uFEFFnational_id,first_name_ar")
                .contains("JX600001")
                .contains("+212");
        assertThat(csv).contains("'+212");
        assertThat(xlsx).startsWith(new byte[] {'P', 'K'});
        assertThat(fes).doesNotContain("JX600001");
        assertThat(jdbc.queryForObject(
                        "select count(*) from plat_audit_record where entity_type = 'ArtisanSearchExport'", Long.class))
                .isEqualTo(audits + 3);
    }

    private void assertRefused(WebSession agent, String name, byte[] file, String message) {
        long job = upload(agent, "bad-" + name, name, file);
        String page = waitForJob(agent, job);
        assertThat(state(page)).as(name).isEqualTo("FAILED");
        assertThat(page).as(name).contains(message);
        assertThat(page).as(name).doesNotContain("id=\"import-commit\"");
    }

    private long importedFiles(long job) {
        return jdbc.queryForObject("select count(*) from reg_artisan where import_job_id = ?", Long.class, job);
    }

    private static void existing(WebSession agent, String nationalId) {
        WebResponse created = agent.postJson(
                "/api/v1/registry/artisans",
                "{\"nationalId\":\"" + nationalId + "\",\"firstNameAr\":\"فاطمة\",\"lastNameAr\":\"أوزال\","
                        + "\"sex\":\"F\",\"birthDate\":\"1970-01-01\",\"phone\":\"0611223344\",\"provinceCode\":\"201\","
                        + "\"craftCode\":\"P01\",\"category\":\"ARTISAN\",\"qualificationBasis\":\"DIPLOMA\"}",
                "Authorization",
                WebSession.basic("agent.draa", "demo1234"));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
    }
}
