package ma.hirfa.matching.scan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.hirfa.matching.BatchMatcher;
import ma.hirfa.matching.DuplicateReview;
import ma.hirfa.matching.DuplicateScans;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.MatchPair;
import ma.hirfa.matching.index.IdentityTable;
import ma.hirfa.platform.jobs.JobQueue;
import ma.hirfa.platform.jobs.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Duplicate scans as a queue of the platform's jobs ({@link Jobs}): whichever node claims a queued scan first
 * runs it, so two nodes never run the same scan. A running scan renews its lease for
 * {@code hirfa.matching.scan-stale} every few thousand records (the beat also carries the progress its page
 * shows); a scan whose node stopped beating is taken over and run again from the start (pairs already proposed
 * are not proposed twice). A failure is recorded on its job.
 */
@Component
class ScanWorker implements JobQueue {

    private static final Logger LOG = LoggerFactory.getLogger(ScanWorker.class);
    private static final int PROGRESS_EVERY = 2000;
    private static final int SAVE_CHUNK = 200;

    private final JdbcTemplate jdbc;
    private final IdentityTable table;
    private final DuplicateReview review;
    private final TransactionTemplate transactions;
    private final Jobs jobs;
    private final Duration stale;

    ScanWorker(
            JdbcTemplate jdbc,
            DuplicateReview review,
            TransactionTemplate transactions,
            Jobs jobs,
            @Value("${hirfa.matching.scan-stale:PT2M}") Duration stale) {
        this.jdbc = jdbc;
        this.table = new IdentityTable(jdbc);
        this.review = review;
        this.transactions = transactions;
        this.jobs = jobs;
        this.stale = stale;
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
        try {
            String region = jdbc.queryForObject("select region_code from mat_scan where id = ?", String.class, id);
            Set<String> regions = region == null ? null : Set.of(region);
            long total = table.count(regions);
            beat(job, id, node, "LOADING", total, 0, 0, 0);
            List<IdentityRecord> records = new ArrayList<>();
            Map<Long, String> regionOf = new HashMap<>();
            table.forEach(regions, i -> {
                records.add(i.identity());
                regionOf.put(i.artisanId(), i.regionCode());
                if (records.size() % PROGRESS_EVERY == 0) {
                    beat(job, id, node, "LOADING", total, records.size(), 0, 0);
                }
            });
            beat(job, id, node, "MATCHING", total, records.size(), 0, 0);
            List<MatchPair> pairs =
                    BatchMatcher.pairs(records, Math.max(1, Runtime.getRuntime().availableProcessors()));
            beat(job, id, node, "SAVING", total, 0, pairs.size(), 0);
            long fresh = 0;
            for (int from = 0; from < pairs.size(); from += SAVE_CHUNK) {
                List<MatchPair> chunk = pairs.subList(from, Math.min(pairs.size(), from + SAVE_CHUNK));
                Long added = transactions.execute(status -> save(chunk, regionOf));
                fresh += added == null ? 0 : added;
                beat(job, id, node, "SAVING", total, from + chunk.size(), pairs.size(), fresh);
            }
            long saved = fresh;
            transactions.executeWithoutResult(tx -> {
                jobs.progress(job, node, pairs.size(), total);
                if (jobs.finish(job, node)) {
                    jdbc.update(
                            "update mat_scan set phase = 'SAVING', pairs_found = ?, pairs_new = ? where id = ?",
                            pairs.size(),
                            saved,
                            id);
                }
            });
        } catch (RuntimeException | OutOfMemoryError e) {
            // out of memory (a register too large for this node's heap): marked failed, not retried in a loop
            LOG.error("duplicate scan {} failed", id, e);
            String message = String.valueOf(e.getMessage());
            jobs.fail(job, node, message.substring(0, Math.min(900, message.length())));
        }
    }

    private long save(List<MatchPair> chunk, Map<Long, String> regionOf) {
        long added = 0;
        for (MatchPair p : chunk) {
            long a = Long.parseLong(p.recordIdA());
            long b = Long.parseLong(p.recordIdB());
            if (review.propose(a, regionOf.get(a), b, regionOf.get(b), p.score(), "SCAN", "system")) {
                added++;
            }
        }
        return added;
    }

    /** Renews the lease (the heartbeat) with the progress the page shows. */
    private void beat(long job, long id, String node, String phase, long total, long done, long found, long fresh) {
        if (jobs.renew(job, node, stale) && jobs.progress(job, node, done, total)) {
            jdbc.update(
                    "update mat_scan set phase = ?, pairs_found = ?, pairs_new = ? where id = ?",
                    phase,
                    found,
                    fresh,
                    id);
        }
    }
}
