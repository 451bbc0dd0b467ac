package ma.hirfa.matching.scan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import ma.hirfa.matching.DuplicateReview;
import ma.hirfa.matching.DuplicateScans;
import ma.hirfa.matching.index.IdentityTable;
import ma.hirfa.platform.jobs.JobQueue;
import ma.hirfa.platform.jobs.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Duplicate scans as a queue of the platform's jobs ({@link Jobs}): whichever node claims a queued scan first
 * runs it, so two nodes never run the same scan. The scan streams (ADR 0051): a first pass keeps only
 * primitives of each identity and finds the candidate pairs ({@link ScanPlan}), which wait in a temporary file
 * of {@code hirfa.matching.scan-dir} ({@link CandidatePairs}), then the pairs are scored in partitions that each
 * read only their own records ({@link ScanPartition}), so the heap does not grow with the register. Each partition's pairs are proposed in one transaction with the scan's checkpoint; a scan whose
 * node stopped beating is taken over and resumes after its last checkpoint. The lease is renewed for
 * {@code hirfa.matching.scan-stale} at every beat, which also carries the progress the page shows. A failure is
 * recorded on its job.
 */
@Component
class ScanWorker implements JobQueue {

    private static final Logger LOG = LoggerFactory.getLogger(ScanWorker.class);
    private static final Duration ABANDONED = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final IdentityTable table;
    private final DuplicateReview review;
    private final TransactionTemplate transactions;
    /** The first pass reads in one read-only transaction: PostgreSQL's driver streams a result only inside one. */
    private final TransactionTemplate reads;
    /** Beats commit at once, also while the first pass's transaction is open. */
    private final TransactionTemplate beats;

    private final Jobs jobs;
    private final Duration stale;
    private final int partitionPairs;
    private final int runPairs;
    private final Path dir;

    ScanWorker(
            JdbcTemplate jdbc,
            DuplicateReview review,
            TransactionTemplate transactions,
            Jobs jobs,
            @Value("${hirfa.matching.scan-stale:PT2M}") Duration stale,
            @Value("${hirfa.matching.scan-partition:50000}") int partitionPairs,
            @Value("${hirfa.matching.scan-run:2000000}") int runPairs,
            @Value("${hirfa.matching.scan-dir:${java.io.tmpdir}}") String dir) {
        this.jdbc = jdbc;
        this.table = new IdentityTable(jdbc);
        this.review = review;
        this.transactions = transactions;
        this.reads = new TransactionTemplate(transactions.getTransactionManager());
        this.reads.setReadOnly(true);
        this.beats = new TransactionTemplate(transactions.getTransactionManager());
        this.beats.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jobs = jobs;
        this.stale = stale;
        this.partitionPairs = Math.max(1, partitionPairs);
        this.runPairs = Math.max(1, runPairs);
        this.dir = Path.of(dir);
    }

    /** A node killed mid-scan left its pairs' file behind: its successor sweeps such files away (a day old). */
    private void forgetAbandonedFiles() {
        try {
            int deleted = CandidatePairs.forgetAbandoned(dir, ABANDONED);
            if (deleted > 0) {
                LOG.info("Deleted {} pairs file(s) of scans that stopped without closing them", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warn("Files of abandoned scans in {} could not be deleted", dir, e);
        }
    }

    @Override
    public boolean runNext(String node) {
        return jobs.claim(DuplicateScans.QUEUE, node, stale)
                .map(claim -> {
                    jdbc.update("update mat_scan set phase = 'LOADING' where id = ?", claim.ref());
                    jobs.progress(claim.id(), node, 0, null);
                    run(claim.id(), claim.ref(), node);
                    return true;
                })
                .orElse(false);
    }

    void run(long job, long id, String node) {
        run(job, id, node, Integer.MAX_VALUE);
    }

    /**
     * Runs the scan; {@code partitions} caps how many partitions this call scores (a test stands for a node
     * that dies there: the job is left running, its lease to expire).
     */
    void run(long job, long id, String node, int partitions) {
        forgetAbandonedFiles();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            Map<String, Object> scan = jdbc.queryForMap(
                    "select region_code, resume_after, pairs_found, pairs_new from mat_scan where id = ?", id);
            String region = (String) scan.get("region_code");
            Set<String> regions = region == null ? null : Set.of(region);
            Long resumeAfter =
                    scan.get("resume_after") == null ? null : ((Number) scan.get("resume_after")).longValue();
            long[] counts = {0, 0}; // pairs found, pairs newly proposed: carried over from the checkpoint
            if (resumeAfter != null) {
                counts[0] = ((Number) scan.get("pairs_found")).longValue();
                counts[1] = ((Number) scan.get("pairs_new")).longValue();
            }
            long expected = table.count(regions);
            beat(job, id, node, "LOADING", expected, 0, counts);
            try (ScanPlan plan = reads.execute(tx -> ScanPlan.of(
                    table,
                    regions,
                    expected,
                    threads,
                    dir,
                    runPairs,
                    read -> beat(job, id, node, "LOADING", expected, read, counts)))) {
                long total = plan.size();
                CandidatePairs candidates = plan.candidates();
                // a first read of the file counts the distinct pairs and the partitions, for the log
                long distinct = 0;
                int partitionCount = 0;
                ScanPartition.Cuts counting = new ScanPartition.Cuts(candidates.cursor(), partitionPairs);
                while (counting.next()) {
                    distinct += counting.size();
                    partitionCount++;
                }
                LOG.info(
                        "duplicate scan {}: {} records, {} blocks ({} oversized), {} candidate pairs in {} partitions"
                                + " ({} gathered in {} sorted runs, {} MB of file; heap used {} MB){}",
                        id,
                        total,
                        plan.blockCount(),
                        plan.oversizedCount(),
                        distinct,
                        partitionCount,
                        candidates.gathered(),
                        candidates.runs(),
                        candidates.bytes() >> 20,
                        (Runtime.getRuntime().totalMemory()
                                        - Runtime.getRuntime().freeMemory())
                                >> 20,
                        resumeAfter == null ? "" : ", resuming after artisan " + resumeAfter);
                if (!score(job, id, node, plan, resumeAfter, counts, partitions, pool)) {
                    return;
                }
                transactions.executeWithoutResult(tx -> {
                    jobs.progress(job, node, total, total);
                    if (jobs.finish(job, node)) {
                        jdbc.update(
                                "update mat_scan set phase = 'SAVING', pairs_found = ?, pairs_new = ? where id = ?",
                                counts[0],
                                counts[1],
                                id);
                    }
                });
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            // out of memory (a register too large for this node's heap): marked failed, not retried in a loop
            LOG.error("duplicate scan {} failed", id, e);
            String message = String.valueOf(e.getMessage());
            jobs.fail(job, node, message.substring(0, Math.min(900, message.length())));
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Pass 2: scores the partitions read one after the other from the plan's file and proposes each one's pairs
     * with the checkpoint. False when this node stops before the end (taken over, or the test's cap).
     */
    private boolean score(
            long job,
            long id,
            String node,
            ScanPlan plan,
            Long resumeAfter,
            long[] counts,
            int partitions,
            ForkJoinPool pool) {
        long total = plan.size();
        ScanPartition.Cuts cuts = new ScanPartition.Cuts(plan.candidates().cursor(), partitionPairs);
        int scored = 0;
        while (cuts.next()) {
            long[] candidates = cuts.codes();
            int to = cuts.size();
            long lastLow = plan.artisanId((int) (candidates[to - 1] >>> 32));
            long done = (candidates[to - 1] >>> 32) + 1;
            if (resumeAfter != null && lastLow <= resumeAfter) {
                continue; // scored and proposed before the takeover
            }
            if (scored++ == partitions) {
                return false;
            }
            long after = resumeAfter == null ? Long.MIN_VALUE : resumeAfter;
            long progress = (candidates[0] >>> 32);
            List<ScanPartition.Found> found = ScanPartition.score(
                    table,
                    plan,
                    candidates,
                    0,
                    to,
                    after,
                    pool,
                    () -> beat(job, id, node, "MATCHING", total, progress, counts));
            Boolean kept = transactions.execute(tx -> {
                if (!jobs.renew(job, node, stale)) {
                    return false; // taken over meanwhile: the other node proposes these pairs
                }
                long added = 0;
                for (ScanPartition.Found f : found) {
                    if (review.propose(f.low(), f.regionLow(), f.high(), f.regionHigh(), f.score(), "SCAN", "system")) {
                        added++;
                    }
                }
                counts[0] += found.size();
                counts[1] += added;
                jobs.progress(job, node, done, total);
                jdbc.update(
                        "update mat_scan set phase = 'MATCHING', resume_after = ?, pairs_found = ?, pairs_new = ?"
                                + " where id = ?",
                        lastLow,
                        counts[0],
                        counts[1],
                        id);
                return true;
            });
            if (!Boolean.TRUE.equals(kept)) {
                return false;
            }
        }
        return true;
    }

    /** Renews the lease (the heartbeat) with the progress the page shows. */
    private void beat(long job, long id, String node, String phase, long total, long done, long[] counts) {
        beats.executeWithoutResult(tx -> {
            if (jobs.renew(job, node, stale) && jobs.progress(job, node, done, total)) {
                jdbc.update(
                        "update mat_scan set phase = ?, pairs_found = ?, pairs_new = ? where id = ?",
                        phase,
                        counts[0],
                        counts[1],
                        id);
            }
        });
    }
}
