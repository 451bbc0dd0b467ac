package ma.hirfa.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class AuditTrailIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aChangeCannotBeAuditedOutsideItsTransaction() {
        assertThatThrownBy(() -> audit.created("Test", 1, "08", java.util.Map.of("a", 1)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anAuditRecordRollsBackWithTheChangeItDescribes() {
        long before = jdbc.queryForObject("select count(*) from plat_audit_record", Long.class);

        try {
            transactions.executeWithoutResult(status -> {
                audit.created("Test", 2, "08", java.util.Map.of("name", "rolled back"));
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // the change and its audit record go together
        }

        assertThat(jdbc.queryForObject("select count(*) from plat_audit_record", Long.class))
                .isEqualTo(before);
    }

    @Test
    void anAuditedChangeDoesNotWaitForAnotherStillOpenToCommit() throws Exception {
        java.util.concurrent.CountDownLatch audited = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        var slow = java.util.concurrent.CompletableFuture.runAsync(() -> transactions.executeWithoutResult(s -> {
            audit.created("TestOverlap", "slow", "08", java.util.Map.of("step", "still open"));
            audited.countDown();
            try {
                release.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(audited.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        // another request (of any node) audits and commits while the first one is still working
        var quick = java.util.concurrent.CompletableFuture.runAsync(() -> transactions.executeWithoutResult(
                s -> audit.created("TestOverlap", "quick", "08", java.util.Map.of("step", "done"))));
        quick.get(10, java.util.concurrent.TimeUnit.SECONDS);
        release.countDown();
        slow.get(30, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(jdbc.queryForList(
                        "select entity_id from plat_audit_record where entity_type = 'TestOverlap' order by seq",
                        String.class))
                .containsExactly("quick", "slow");
        assertThat(new WebSession(port)
                        .get("/api/v1/audit/verification", "Authorization", WebSession.basic("admin", "demo1234"))
                        .body())
                .contains("\"intact\":true");
    }

    @Test
    void aNestedTransactionKeepsItsOwnAuditWhenTheOuterOneRollsBack() {
        org.springframework.transaction.support.TransactionTemplate nested =
                new org.springframework.transaction.support.TransactionTemplate(transactions.getTransactionManager());
        nested.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        try {
            transactions.executeWithoutResult(outer -> {
                audit.created("TestNested", "outer", "08", java.util.Map.of("kept", false));
                nested.executeWithoutResult(
                        inner -> audit.created("TestNested", "inner", "08", java.util.Map.of("kept", true)));
                throw new IllegalStateException("the outer change fails");
            });
        } catch (IllegalStateException expected) {
            // only the outer change and its record roll back
        }

        assertThat(jdbc.queryForList(
                        "select entity_id from plat_audit_record where entity_type = 'TestNested'", String.class))
                .containsExactly("inner");
    }

    @Test
    void theVerificationFindsATamperedRecord() {
        transactions.executeWithoutResult(s -> audit.created("Test", 3, "08", java.util.Map.of("name", "Fatima")));
        String admin = WebSession.basic("admin", "demo1234");
        WebSession client = new WebSession(port);
        assertThat(client.get("/api/v1/audit/verification", "Authorization", admin)
                        .body())
                .contains("\"intact\":true");
        long seq = jdbc.queryForObject(
                "select seq from plat_audit_record where entity_type = 'Test' and entity_id = '3'", Long.class);
        String original =
                jdbc.queryForObject("select after_state from plat_audit_record where seq = ?", String.class, seq);

        jdbc.update("update plat_audit_record set after_state = ? where seq = ?", "{\"name\":\"Khadija\"}", seq);
        String tampered =
                client.get("/api/v1/audit/verification", "Authorization", admin).body();
        jdbc.update("update plat_audit_record set after_state = ? where seq = ?", original, seq);

        assertThat(tampered).contains("\"intact\":false").contains("\"firstBrokenSeq\":" + seq);
        assertThat(client.get("/api/v1/audit/verification", "Authorization", admin)
                        .body())
                .contains("\"intact\":true");
        assertThat(client.get(
                                "/api/v1/audit/verification",
                                "Authorization",
                                WebSession.basic("manager.draa", "demo1234"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void severalCreationsAuditedAtOnceAreChainedInTheirOrderAsIfRecordedOneByOne() {
        transactions.executeWithoutResult(s -> audit.createdAll(
                "TestBatch",
                java.util.List.of(
                        new AuditTrail.Creation("7/1", "03", java.util.Map.of("files", 2)),
                        new AuditTrail.Creation("7/1", "08", java.util.Map.of("files", 5)))));
        transactions.executeWithoutResult(s -> audit.created("TestBatch", "7/2", "08", java.util.Map.of("files", 1)));

        java.util.List<String> records = jdbc.queryForList(
                "select concat(entity_id, ' ', region_code, ' ', after_state) from plat_audit_record"
                        + " where entity_type = 'TestBatch' order by seq",
                String.class);
        assertThat(records).containsExactly("7/1 03 {\"files\":2}", "7/1 08 {\"files\":5}", "7/2 08 {\"files\":1}");
        java.util.List<Long> seqs = jdbc.queryForList(
                "select seq from plat_audit_record where entity_type = 'TestBatch' order by seq", Long.class);
        assertThat(seqs.get(1)).isEqualTo(seqs.get(0) + 1);
        assertThat(new WebSession(port)
                        .get("/api/v1/audit/verification", "Authorization", WebSession.basic("admin", "demo1234"))
                        .body())
                .contains("\"intact\":true");
    }

    @Test
    void aRegionalManagerSeesOnlyTheAuditOfTheirRegion() {
        transactions.executeWithoutResult(s -> {
            audit.created("Test", 4, "03", java.util.Map.of("name", "Fes record"));
            audit.created("Test", 5, "08", java.util.Map.of("name", "Draa record"));
        });

        String page = WebSession.loggedIn(port, "manager.draa")
                .get("/admin/audit?entityType=Test")
                .body();

        assertThat(page).contains("Draa record").doesNotContain("Fes record");
    }
}
