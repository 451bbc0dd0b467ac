package ma.hirfa.coverage;

import static ma.hirfa.coverage.CoverageApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A claim rejected for rights while the artisan was entitled is announced as owed, whether it is filed already
 * rejected or the rejection is recorded later; a rejection for another reason is not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@Import(ClaimOwedEventIT.Listener.class)
class ClaimOwedEventIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Autowired
    Listener listener;

    final CoverageApi officer = new CoverageApi(() -> port, "coverage.draa");

    @Test
    void aClaimOwedRetroactivelyIsAnnouncedOnceWithItsArtisanAndAmount() throws InterruptedException {
        long id = officer.freshArtisan();
        json(officer.enrol(id, "CPU", "2023-12-01", "CPU-08-777101"), 201);
        for (String month : new String[] {"2024-01", "2024-02", "2024-03", "2024-04", "2024-05"}) {
            json(officer.contribute(id, month, "120.00", month + "-20", "2024-07-10"), 201);
        }
        long filedRejected = claim(id, "2024-05-22", "REJECTED", "\"RIGHTS\"");
        long otherReason = claim(id, "2024-05-24", "REJECTED", "\"DOCUMENTS\"");
        long pending = claim(id, "2024-05-25", "PENDING", "null");
        json(
                officer.put(
                        "/api/v1/coverage/artisans/" + id + "/claims/" + pending + "/decision",
                        "{\"decision\":\"REJECTED\",\"rejectionReason\":\"RIGHTS\",\"decidedOn\":\"2024-06-20\"}"),
                200);

        for (int i = 0; i < 100 && ofArtisan(id).size() < 2; i++) {
            Thread.sleep(50);
        }
        assertThat(ofArtisan(id))
                .extracting(ClaimOwed::claimId)
                .containsExactlyInAnyOrder(filedRejected, pending)
                .doesNotContain(otherReason);
        assertThat(ofArtisan(id)).allSatisfy(owed -> {
            assertThat(owed.regionCode()).isEqualTo("08");
            assertThat(owed.amountClaimed()).isEqualByComparingTo("500.00");
        });
    }

    /** Other tests' owed claims are announced too, when they share the application. */
    private List<ClaimOwed> ofArtisan(long artisanId) {
        return listener.owed().stream().filter(o -> o.artisanId() == artisanId).toList();
    }

    private long claim(long artisanId, String careDate, String decision, String reason) {
        boolean decided = !"PENDING".equals(decision);
        return json(
                        officer.post(
                                "/api/v1/coverage/artisans/" + artisanId + "/claims",
                                "{\"careDate\":\"" + careDate + "\",\"filedOn\":\"2024-05-30\",\"amountClaimed\":500,"
                                        + "\"decision\":\"" + decision + "\",\"decidedOn\":"
                                        + (decided ? "\"2024-06-15\"" : "null") + ",\"rejectionReason\":" + reason
                                        + ",\"amountReimbursed\":null}"),
                        201)
                .get("id")
                .asLong();
    }

    /** A module that follows owed claims, as outreach (letters) will. */
    @TestConfiguration
    static class Listener {

        private final List<ClaimOwed> owed = new CopyOnWriteArrayList<>();

        List<ClaimOwed> owed() {
            return owed;
        }

        @ApplicationModuleListener
        void on(ClaimOwed event) {
            owed.add(event);
        }
    }
}
