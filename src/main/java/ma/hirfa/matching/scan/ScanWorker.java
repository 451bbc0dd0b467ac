package ma.hirfa.matching.scan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.hirfa.matching.BatchMatcher;
import ma.hirfa.matching.DuplicateReview;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.MatchPair;
import ma.hirfa.matching.index.IdentityTable;
import ma.hirfa.platform.jobs.JobQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Duplicate scans as a queue of the platform's job worker: whichever node claims a queued scan first runs it.
 * A claim is a conditional update, so two nodes never run the same scan; a running scan beats every few seconds
 * (the beat also carries the progress its page shows), and a scan whose beat is older than
 * {@code hirfa.matching.scan-stale} is taken over and run again from the start. A failure is recorded on it.
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
    private final Clock clock;
    private final Duration stale;

    ScanWorker(
            JdbcTemplate jdbc,
            DuplicateReview review,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${hirfa.matching.scan-stale:PT2M}") Duration stale) {
        this.jdbc = jdbc;
        this.table = new IdentityTable(jdbc);
        this.review = review;
        this.transactions = transactions;
        this.clock = clock;
        this.stale = stale;
    }

    @Override
    public boolean runNext(String node) {
        Instant now = clock.instant();
        List<Long> ready = jdbc.queryForList(
                "select id from mat_scan where state = 'QUEUED' or (state = 'RUNNING' and heartbeat_at < ?)"
                        + " order by id limit 1",
                Long.class,
                Timestamp.from(now.minus(stale)));
        for (Long id : ready) {
            int claimed = jdbc.update(
                    "update mat_scan set state = 'RUNNING', phase = 'LOADING', run_by = ?, started_at = ?,"
                            + " heartbeat_at = ?, done_records = 0 where id = ?"
                            + " and (state = 'QUEUED' or (state = 'RUNNING' and heartbeat_at < ?))",
                    node,
                    Timestamp.from(now),
                    Timestamp.from(now),
                    id,
                    Timestamp.from(now.minus(stale)));
            if (claimed == 1) {
                run(id, node);
                return true;
            }
        }
        return false;
    }

    void run(long id, String node) {
        try {
            String region = jdbc.queryForObject("select region_code from mat_scan where id = ?", String.class, id);
            Set<String> regions = region == null ? null : Set.of(region);
            long total = table.count(regions);
            beat(id, node, "LOADING", total, 0, 0, 0);
            List<IdentityRecord> records = new ArrayList<>();
            Map<Long, String> regionOf = new HashMap<>();
            table.forEach(regions, i -> {
                records.add(i.identity());
                regionOf.put(i.artisanId(), i.regionCode());
                if (records.size() % PROGRESS_EVERY == 0) {
                    beat(id, node, "LOADING", total, records.size(), 0, 0);
                }
            });
            beat(id, node, "MATCHING", total, records.size(), 0, 0);
            List<MatchPair> pairs =
                    BatchMatcher.pairs(records, Math.max(1, Runtime.getRuntime().availableProcessors()));
            beat(id, node, "SAVING", total, 0, pairs.size(), 0);
            long fresh = 0;
            for (int from = 0; from < pairs.size(); from += SAVE_CHUNK) {
                List<MatchPair> chunk = pairs.subList(from, Math.min(pairs.size(), from + SAVE_CHUNK));
                Long added = transactions.execute(status -> save(chunk, regionOf));
                fresh += added == null ? 0 : added;
                beat(id, node, "SAVING", total, from + chunk.size(), pairs.size(), fresh);
            }
            jdbc.update(
                    "update mat_scan set state = 'DONE', phase = 'SAVING', done_records = ?, pairs_found = ?,"
                            + " pairs_new = ?, finished_at = ?, heartbeat_at = ? where id = ? and run_by = ?",
                    pairs.size(),
                    pairs.size(),
                    fresh,
                    Timestamp.from(clock.instant()),
                    Timestamp.from(clock.instant()),
                    id,
                    node);
        } catch (RuntimeException | OutOfMemoryError e) {
            // out of memory (a register too large for this node's heap): marked failed, not retried in a loop
            LOG.error("duplicate scan {} failed", id, e);
            jdbc.update(
                    "update mat_scan set state = 'FAILED', failure = ?, finished_at = ? where id = ? and run_by = ?",
                    String.valueOf(e.getMessage())
                            .substring(
                                    0,
                                    Math.min(900, String.valueOf(e.getMessage()).length())),
                    Timestamp.from(clock.instant()),
                    id,
                    node);
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

    private void beat(long id, String node, String phase, long total, long done, long found, long fresh) {
        jdbc.update(
                "update mat_scan set phase = ?, total_records = ?, done_records = ?, pairs_found = ?, pairs_new = ?,"
                        + " heartbeat_at = ? where id = ? and run_by = ?",
                phase,
                total,
                done,
                found,
                fresh,
                Timestamp.from(clock.instant()),
                id,
                node);
    }
}
