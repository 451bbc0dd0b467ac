package ma.hirfa.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import ma.hirfa.apprenticeship.ContractCompleted;
import ma.hirfa.coverage.ClaimOwed;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.ArtisanChanged;
import ma.hirfa.registry.ArtisanRegistered;
import ma.hirfa.registry.ArtisanStruckOff;
import ma.hirfa.registry.ArtisanSuspended;
import ma.hirfa.registry.ArtisansMerged;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import ma.hirfa.training.CertificateIssued;
import ma.hirfa.training.CertificateKind;
import ma.hirfa.training.CertificateRequest;
import ma.hirfa.training.CertificateRevoked;
import ma.hirfa.training.CertificateTitle;
import ma.hirfa.training.CertificateView;
import ma.hirfa.training.Certificates;
import ma.hirfa.vae.VaeDecided;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events of the catalogue are stored with the transaction that publishes them and delivered to their
 * listeners; the register keeps the identity index current through its events; a delivery repeated changes
 * nothing more; a publication left incomplete is delivered again by the node that holds the retry lease.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@Import(DomainEventsIT.Recorder.class)
class DomainEventsIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger IDS = new AtomicInteger(300);
    private static final String AGENT = WebSession.basic("agent.draa", "demo1234");
    private static final String MANAGER = WebSession.basic("manager.draa", "demo1234");
    private static final String IDENTITIES = "ma.hirfa.registry.artisan.ArtisanIdentities";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EventRetries retries;

    @Autowired
    Recorder recorder;

    @Autowired
    Certificates certificates;

    @Autowired
    CurrentUsers users;

    @Test
    void registeringAnArtisanStoresItsEventsAndTheirListenerKeepsTheIdentityIndexCurrent() {
        long id = draft("Evenement");
        assertThat(indexed(id, "last_name_lat")).isEqualTo("Evenement");
        assertThat(indexed(id, "registration_number")).isNull();

        step(AGENT, id, "submit", null);
        JsonNode registered = json(step(MANAGER, id, "approve", null));

        String number = registered.get("registrationNumber").asString();
        assertThat(indexed(id, "registration_number")).isEqualTo(number);
        // the index is written in the registering transaction (ADR 0061): no publication is left to complete
        assertThat(stored(IDENTITIES, id)).isZero();
        eventually(() -> assertThat(recorder.received()).contains(new ArtisanRegistered(id, "08", number)));

        step(MANAGER, id, "suspend", "Contrôle");
        step(MANAGER, id, "strike-off", "Cessation");
        eventually(() -> assertThat(recorder.received())
                .contains(new ArtisanSuspended(id, "08", "Contrôle"), new ArtisanStruckOff(id, "08", "Cessation")));
        eventually(() -> assertThat(completed(ArtisanSuspended.class, Recorder.class.getName(), id))
                .isEqualTo(1));
    }

    @Test
    void issuingAndRevokingACertificateThroughTheServiceAnnouncesBoth() {
        long id = draft("Certifie");
        step(AGENT, id, "submit", null);
        step(MANAGER, id, "approve", null);
        users.actAs("agent.draa", Role.CHAMBER_AGENT, "08");
        try {
            CertificateView issued = certificates.issue(new CertificateRequest(
                    CertificateKind.VAE,
                    id,
                    new CertificateTitle(
                            "الدباغة التقليدية (المصادقة على المكتسبات)",
                            "Tannerie traditionnelle (validation des acquis)",
                            "ⵜⴰⴷⴱⵖⵜ",
                            "Tanning (validation of experience)"),
                    null,
                    0,
                    List.of("Préparer les peaux"),
                    null,
                    "EV-" + id));
            certificates.revoke(issued.id(), "Erreur de saisie");

            eventually(() -> assertThat(recorder.received())
                    .contains(
                            new CertificateIssued(
                                    issued.id(), issued.number(), CertificateKind.VAE, id, "08", "EV-" + id),
                            new CertificateRevoked(issued.id(), issued.number(), id, "08", "Erreur de saisie", null)));
        } finally {
            users.clear();
        }
    }

    @Test
    void everyEventOfTheCatalogueIsStoredWithItsTransactionAndDeliveredAsPublished() {
        List<Object> catalogue = List.of(
                new ArtisansMerged(9_000_001L, 9_000_002L, "08"),
                new CertificateIssued(9_000_003L, "FC-08-2026-9000003", CertificateKind.TRAINING, 41L, "08", "S-1"),
                new CertificateRevoked(9_000_003L, "FC-08-2026-9000003", 41L, "08", "Erreur", null),
                new ClaimOwed(9_000_004L, 41L, "08", LocalDate.of(2026, 3, 14), new BigDecimal("1250.50")),
                new ContractCompleted(9_000_005L, "08", 41L, null, true, 16),
                new VaeDecided(9_000_006L, 41L, "08", "FULL", "VA-08-2026-000001"));
        for (Object event : catalogue) {
            long before = publications(event.getClass());
            transactions.executeWithoutResult(tx -> events.publishEvent(event));
            assertThat(publications(event.getClass())).as(event.toString()).isEqualTo(before + 1);
            eventually(() -> assertThat(incomplete(event.getClass()))
                    .as(event.toString())
                    .isZero());
        }
        eventually(() -> assertThat(recorder.received()).containsAll(catalogue));
    }

    @Test
    void anEventThatIsRolledBackIsNeitherStoredNorDelivered() {
        ContractCompleted never = new ContractCompleted(9_100_001L, "08", 41L, null, false, 3);
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(never);
            tx.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_publication where serialized_event like ?",
                        Long.class,
                        "%9100001%"))
                .isZero();
        assertThat(recorder.received()).doesNotContain(never);
    }

    @Test
    void theIdentityIndexListenerDeliveredTwiceLeavesOneEntry() {
        long id = draft("Deuxfois");
        String keyBefore = indexed(id, "name_key");
        ArtisanChanged again = new ArtisanChanged(id, "08");
        transactions.executeWithoutResult(tx -> events.publishEvent(again));
        transactions.executeWithoutResult(tx -> events.publishEvent(again));

        assertThat(jdbc.queryForObject("select count(*) from mat_identity where artisan_id = ?", Long.class, id))
                .isEqualTo(1);
        assertThat(indexed(id, "name_key")).isEqualTo(keyBefore);
    }

    @Test
    void anIncompletePublicationIsDeliveredAgainByTheNodeHoldingTheRetryLease() {
        ContractCompleted event = new ContractCompleted(9_200_001L, "08", 41L, null, true, 12);
        transactions.executeWithoutResult(tx -> events.publishEvent(event));
        eventually(() -> assertThat(incomplete(ContractCompleted.class)).isZero());
        // the node crashed while its listener ran: the publication stays incomplete, the listener's work undone
        jdbc.update(
                "update event_publication set completion_date = null, status = 'PROCESSING', publication_date = ?"
                        + " where listener_id like ? and serialized_event like ?",
                Timestamp.from(Instant.now().minusSeconds(3600)),
                Recorder.class.getName() + "%",
                "%9200001%");
        recorder.forget(event);
        assertThat(incomplete(ContractCompleted.class)).isPositive();

        // another node holds the lease: this node's sweep leaves the publication alone
        jdbc.update("delete from plat_lease where name = ?", EventRetries.LEASE);
        jdbc.update(
                "insert into plat_lease (name, holder, held_until) values (?, 'other-node', ?)",
                EventRetries.LEASE,
                Timestamp.from(Instant.now().plusSeconds(3600)));
        retries.sweep();
        assertThat(incomplete(ContractCompleted.class)).isPositive();
        assertThat(recorder.received()).doesNotContain(event);

        // its lease ran out (the node stopped): this node takes it over and delivers the event again, once
        jdbc.update(
                "update plat_lease set held_until = ? where name = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                EventRetries.LEASE);
        retries.sweep();
        eventually(() -> assertThat(incomplete(ContractCompleted.class)).isZero());
        assertThat(recorder.received().stream().filter(event::equals)).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select holder from plat_lease where name = ?", String.class, EventRetries.LEASE))
                .isNotEqualTo("other-node");
    }

    /** Module listeners run after the commit on another thread ({@code @ApplicationModuleListener} is async). */
    private static void eventually(Runnable assertion) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > until) {
                    throw notYet;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
            }
        }
    }

    private long completed(Class<?> type, String listener, long artisanId) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where event_type = ? and listener_id like ?"
                        + " and serialized_event like ? and completion_date is not null and status = 'COMPLETED'",
                Long.class,
                type.getName(),
                listener + "%",
                "%\"artisanId\":" + artisanId + ",%");
    }

    /** Publications of any event about the artisan stored for the listener. */
    private long stored(String listener, long artisanId) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where listener_id like ? and serialized_event like ?",
                Long.class,
                listener + "%",
                "%\"artisanId\":" + artisanId + ",%");
    }

    private long publications(Class<?> type) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where event_type = ? and listener_id like ?",
                Long.class,
                type.getName(),
                Recorder.class.getName() + "%");
    }

    private long incomplete(Class<?> type) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where event_type = ? and completion_date is null",
                Long.class,
                type.getName());
    }

    private String indexed(long artisanId, String column) {
        List<String> found = jdbc.queryForList(
                "select " + column + " from mat_identity where artisan_id = ?", String.class, artisanId);
        assertThat(found).as("index entry of " + artisanId).hasSize(1);
        return found.get(0);
    }

    private long draft(String lastName) {
        String body = "{\"nationalId\":\"EV" + IDS.incrementAndGet() + "\",\"firstNameAr\":\"حسن\","
                + "\"lastNameAr\":\"أمزيان\",\"firstNameLat\":\"Hassan\",\"lastNameLat\":\"" + lastName
                + "\",\"sex\":\"M\",\"birthDate\":\"1979-04-0" + (IDS.get() % 9 + 1)
                + "\",\"provinceCode\":\"401\",\"craftCode\":\"P02\",\"category\":\"ARTISAN\","
                + "\"qualificationBasis\":\"EXPERIENCE\",\"experienceYears\":12,\"taxStatus\":\"UNTAXED\"}";
        WebResponse created = new WebSession(port).postJson("/api/v1/registry/artisans", body, "Authorization", AGENT);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asLong();
    }

    private WebResponse step(String credentials, long id, String action, String reason) {
        String body = reason == null ? "{}" : "{\"reason\":" + JSON.writeValueAsString(reason) + "}";
        WebResponse response = new WebSession(port)
                .postJson("/api/v1/registry/artisans/" + id + "/" + action, body, "Authorization", credentials);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static JsonNode json(WebResponse response) {
        return JSON.readTree(response.body());
    }

    /** A module that listens to every event of the catalogue, as the coming modules will. */
    @TestConfiguration
    static class Recorder {

        private final List<Object> received = new CopyOnWriteArrayList<>();

        /** Through a method: the bean the test gets is a transactional proxy, whose own fields stay empty. */
        List<Object> received() {
            return received;
        }

        void forget(Object event) {
            received.removeIf(event::equals);
        }

        @ApplicationModuleListener
        void on(ArtisanRegistered event) {
            received.add(event);
        }

        @ApplicationModuleListener
        void on(ArtisanSuspended event) {
            received.add(event);
        }

        @ApplicationModuleListener
        void on(ArtisanStruckOff event) {
            received.add(event);
        }

        @ApplicationModuleListener
        void on(ArtisansMerged event) {
            received.add(event);
        }

        @ApplicationModuleListener
        void on(CertificateIssued event) {
            received.add(event);
        }

        @ApplicationModuleListener
        void on(CertificateRevoked event) {
            received.add(event);
        }

        @ApplicationModuleListener
        void on(ClaimOwed event) {
            received.add(event);
        }

        @ApplicationModuleListener
        void on(ContractCompleted event) {
            received.add(event);
        }

        @ApplicationModuleListener
        void on(VaeDecided event) {
            received.add(event);
        }
    }
}
