package ma.hirfa.registry.importing;

import static ma.hirfa.registry.importing.ImportFixtures.HEADER;
import static ma.hirfa.registry.importing.ImportFixtures.count;
import static ma.hirfa.registry.importing.ImportFixtures.state;
import static ma.hirfa.registry.importing.ImportFixtures.upload;
import static ma.hirfa.registry.importing.ImportFixtures.waitForJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.TestDatabases;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A form registers a person after the import's commit checked the batch and before it wrote it (ADR 0064): the
 * register's index refuses the import's row, and the batch is checked again in its transaction and written
 * without it; the job commits. On PostgreSQL the check runs on the reader thread before the batch's COPY, on H2
 * inside the transaction before the JDBC inserts: the hook registers the person right after that check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
// the database enforces the rule on PostgreSQL only (ADR 0064: H2 keeps it by the check alone)
@EnabledIfSystemProperty(named = "hirfa.test.database", matches = "postgres")
class ImportRaceIT {

    private static final String RACED = "JR100002";

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @MockitoSpyBean
    ArtisanImportWriter writer;

    @LocalServerPort
    int port;

    private final AtomicBoolean armed = new AtomicBoolean();
    private final AtomicInteger registeredMeanwhile = new AtomicInteger();

    @BeforeEach
    void staffAndTheHook() {
        PlatformFixtures.staff(accounts);
        doAnswer(call -> {
                    Object found = call.callRealMethod();
                    List<String> ids = call.getArgument(0);
                    if (ids.contains(RACED) && armed.compareAndSet(true, false)) {
                        WebResponse created = registerByForm(RACED);
                        assertThat(created.status()).as(created.body()).isEqualTo(201);
                        registeredMeanwhile.incrementAndGet();
                    }
                    return found;
                })
                .when(writer)
                .activeNationalIds(anyList());
    }

    @Test
    void aPersonRegisteredWhileTheBatchIsWrittenIsSkippedAndTheBatchsOtherRowsAreWritten() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        String csv = HEADER
                + "JR100001,فاطمة,أوزال,,,F,1970-01-01,,201,,\n"
                + RACED + ",,,Brahim,Ait Lahcen,M,1968-07-09,0612345679,201,,\n"
                + "JR100003,,,Rkia,Ouzal,F,1975-01-31,,201,,\n";
        long job = upload(agent, "delegation-goulmima", "goulmima.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(count(waitForJob(agent, job), "count-new")).isEqualTo(3);

        armed.set(true);
        agent.post("/transfer/imports/" + job + "/commit", Map.of());
        String done = waitForJob(agent, job);

        assertThat(registeredMeanwhile.get()).as("registered during the commit").isEqualTo(1);
        assertThat(state(done)).as(TestDatabases.name()).isEqualTo("COMMITTED");
        assertThat(count(done, "count-written")).isEqualTo(2);
        assertThat(jdbc.queryForList("select import_job_id from reg_artisan where national_id = ?", Long.class, RACED))
                .as("the person's one file, the form's")
                .containsExactly((Long) null);
        for (String written : List.of("JR100001", "JR100003")) {
            long id = jdbc.queryForObject(
                    "select id from reg_artisan where national_id = ? and import_job_id = ?", Long.class, written, job);
            assertThat(jdbc.queryForList(
                            "select to_status from reg_artisan_event where artisan_id = ?", String.class, id))
                    .containsExactly("DRAFT");
            assertThat(jdbc.queryForObject("select count(*) from mat_identity where artisan_id = ?", Integer.class, id))
                    .isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from mat_identity where national_id = ?", Integer.class, RACED))
                .isEqualTo(1);
        String audited = jdbc.queryForObject(
                "select after_state from plat_audit_record where entity_type = 'ArtisanImportBatch' and entity_id"
                        + " like ?",
                String.class,
                job + "/%");
        assertThat(audited).contains("JR100001").contains("JR100003").doesNotContain(RACED);
    }

    private WebResponse registerByForm(String nationalId) {
        return new WebSession(port)
                .postJson(
                        "/api/v1/registry/artisans",
                        "{\"nationalId\":\"" + nationalId + "\",\"firstNameLat\":\"Brahim\",\"lastNameLat\":\"Ait"
                                + " Lahcen\",\"sex\":\"M\",\"birthDate\":\"1968-07-09\",\"provinceCode\":\"201\","
                                + "\"craftCode\":\"P01\",\"category\":\"ARTISAN\",\"qualificationBasis\":\"DIPLOMA\"}",
                        "Authorization",
                        WebSession.basic("agent.draa", PlatformFixtures.PASSWORD));
    }
}
