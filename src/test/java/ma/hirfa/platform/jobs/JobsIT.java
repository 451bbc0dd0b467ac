package ma.hirfa.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's jobs decide between nodes in the database: one node wins a claim, a node whose lease expired
 * loses the job to another and is told so when it renews, and a failure is recorded and not claimed again.
 * Each test uses a queue of its own, which no worker of the running application polls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class JobsIT {

    private static final Duration LEASE = Duration.ofMinutes(5);

    @Autowired
    Jobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void twoNodesClaimingAtTheSameMomentOneWins() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String queue = queue();
                long id = jobs.submit(queue, 1);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Optional<Jobs.Claim>>> claims = new ArrayList<>();
                for (String node : List.of("node-a", "node-b")) {
                    claims.add(nodes.submit(() -> {
                        start.await();
                        return jobs.claim(queue, node, LEASE);
                    }));
                }
                start.countDown();
                long won = 0;
                for (Future<Optional<Jobs.Claim>> claim : claims) {
                    won += claim.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
                }

                assertThat(won).as("round %d", round).isEqualTo(1);
                Job job = jobs.find(queue, 1).orElseThrow();
                assertThat(job.id()).isEqualTo(id);
                assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
                assertThat(job.owner()).isIn("node-a", "node-b");
            }
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void anExpiredLeaseIsTakenOverAndTheOldOwnerCanNoLongerWrite() {
        String queue = queue();
        jobs.submit(queue, 7);
        Jobs.Claim byA = jobs.claim(queue, "node-a", LEASE).orElseThrow();
        assertThat(byA.ref()).isEqualTo(7);
        assertThat(byA.takenOver()).isFalse();
        assertThat(jobs.claim(queue, "node-b", LEASE))
                .as("the lease is still held")
                .isEmpty();
        assertThat(jobs.renew(byA.id(), "node-a", LEASE)).isTrue();

        // node-a stops beating: its lease runs out
        jdbc.update(
                "update plat_job set lease_until = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                byA.id());
        Jobs.Claim byB = jobs.claim(queue, "node-b", LEASE).orElseThrow();

        assertThat(byB.id()).isEqualTo(byA.id());
        assertThat(byB.takenOver()).isTrue();
        // the old owner's batch transaction asks first, is refused, and writes nothing
        Boolean written = transactions.execute(tx -> {
            if (!jobs.renew(byA.id(), "node-a", LEASE)) {
                tx.setRollbackOnly();
                return false;
            }
            return jobs.progress(byA.id(), "node-a", 50, 100L);
        });
        assertThat(written).isFalse();
        assertThat(jobs.progress(byA.id(), "node-a", 50, 100L)).isFalse();
        assertThat(jobs.finish(byA.id(), "node-a")).isFalse();
        assertThat(jobs.progress(byB.id(), "node-b", 30, 100L)).isTrue();
        Job job = jobs.find(queue, 7).orElseThrow();
        assertThat(job.owner()).isEqualTo("node-b");
        assertThat(job.percent()).isEqualTo(30);

        assertThat(jobs.finish(byB.id(), "node-b")).isTrue();
        assertThat(jobs.find(queue, 7).orElseThrow().status()).isEqualTo(JobStatus.DONE);
        assertThat(jobs.find(queue, 7).orElseThrow().percent()).isEqualTo(100);
        assertThat(jobs.claim(queue, "node-c", LEASE))
                .as("a finished job is not run again")
                .isEmpty();
    }

    @Test
    void aFailureIsRecordedWithItsReasonAndNotClaimedAgain() {
        String queue = queue();
        jobs.submit(queue, 3);
        Jobs.Claim claim = jobs.claim(queue, "node-a", LEASE).orElseThrow();

        assertThat(jobs.fail(claim.id(), "node-a", "file unreadable")).isTrue();

        Job job = jobs.find(queue, 3).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).isEqualTo("file unreadable");
        assertThat(job.finishedAt()).isNotNull();
        assertThat(job.leaseUntil()).isNull();
        jdbc.update(
                "update plat_job set lease_until = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                claim.id());
        assertThat(jobs.claim(queue, "node-b", LEASE)).isEmpty();
    }

    @Test
    void anUnexpectedErrorIsRetriedLaterAndRecordedAsAFailureAtTheLastAttempt() {
        String queue = queue();
        jobs.submit(queue, 5);
        Jobs.Claim first = jobs.claim(queue, "node-a", LEASE).orElseThrow();

        jobs.retryLater(first.id(), "node-a", Duration.ofSeconds(-1), 2, "gave up");
        Jobs.Claim second = jobs.claim(queue, "node-b", LEASE).orElseThrow();
        assertThat(second.attempts()).isEqualTo(1);
        assertThat(jobs.find(queue, 5).orElseThrow().failure()).isNull();

        jobs.retryLater(second.id(), "node-b", Duration.ofSeconds(-1), 2, "gave up");

        Job job = jobs.find(queue, 5).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).isEqualTo("gave up");
        assertThat(jobs.claim(queue, "node-c", LEASE)).isEmpty();

        jobs.submit(queue, 5);
        assertThat(jobs.claim(queue, "node-c", LEASE))
                .as("submitted anew, it runs again from its first attempt")
                .hasValueSatisfying(again -> assertThat(again.attempts()).isZero());
    }

    private static String queue() {
        return "test." + System.nanoTime();
    }
}
