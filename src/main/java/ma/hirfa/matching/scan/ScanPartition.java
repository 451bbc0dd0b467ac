package ma.hirfa.matching.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import ma.hirfa.matching.IndexedIdentity;
import ma.hirfa.matching.MatchScore;
import ma.hirfa.matching.batch.Blocking;
import ma.hirfa.matching.index.IdentityTable;
import ma.hirfa.matching.phonetic.NameCache;
import ma.hirfa.matching.scoring.PreparedIdentity;

/**
 * One partition of a scan's candidate pairs (a run of them with consecutive first records): it reads only the
 * identities its pairs name, by id, and scores the pairs as the in-memory batch does. The heap holds one
 * partition's records at a time.
 */
final class ScanPartition {

    private static final int FETCH = 1000;

    /** A pair found to be one person; {@code low} is the smaller artisan id. */
    record Found(long low, String regionLow, long high, String regionHigh, MatchScore score) {}

    private ScanPartition() {}

    /**
     * The sorted candidates cut into partitions of about {@code pairs} candidates each, never splitting the pairs
     * of one first record (so a checkpoint is "every pair whose first record's id is at most X"). Each call to
     * {@link #next} reads the next partition from the cursor; one partition's codes are on the heap.
     */
    static final class Cuts {
        private final CandidatePairs.Cursor cursor;
        private final int pairs;
        private long[] codes;
        private int size;

        Cuts(CandidatePairs.Cursor cursor, int pairs) {
            this.cursor = cursor;
            this.pairs = Math.max(1, pairs);
            this.codes = new long[Math.min(this.pairs + 64, 1 << 17)];
        }

        /** Moves to the next partition; false when none is left. */
        boolean next() {
            size = 0;
            while (cursor.hasNext() && (size < pairs || (cursor.peek() >>> 32) == (codes[size - 1] >>> 32))) {
                if (size == codes.length) {
                    codes = Arrays.copyOf(codes, size * 2);
                }
                codes[size++] = cursor.next();
            }
            return size > 0;
        }

        /** The current partition's codes, in {@code [0, size())}. */
        long[] codes() {
            return codes;
        }

        int size() {
            return size;
        }
    }

    /**
     * Scores candidates [from, to) of {@code candidates} whose first record's id is above {@code after} (those
     * at or below it were scored before a takeover). {@code beat} runs between reads.
     */
    static List<Found> score(
            IdentityTable table,
            ScanPlan plan,
            long[] candidates,
            int from,
            int to,
            long after,
            ForkJoinPool pool,
            Runnable beat) {
        int[] needed = new int[2 * (to - from)];
        for (int i = from; i < to; i++) {
            needed[2 * (i - from)] = (int) (candidates[i] >>> 32);
            needed[2 * (i - from) + 1] = (int) candidates[i];
        }
        needed = Arrays.stream(needed).sorted().distinct().toArray();
        PreparedIdentity[] prepared = new PreparedIdentity[needed.length];
        String[] regions = new String[needed.length];
        NameCache names = new NameCache();
        int[] positions = needed;
        for (int f = 0; f < positions.length; f += FETCH) {
            List<Long> ids = new ArrayList<>(FETCH);
            for (int k = f; k < Math.min(positions.length, f + FETCH); k++) {
                ids.add(plan.artisanId(positions[k]));
            }
            List<IndexedIdentity> rows = table.byIds(ids);
            pool.submit(() -> rows.parallelStream().forEach(row -> {
                        int at = plan.position(row.artisanId());
                        int k = at < 0 ? -1 : Arrays.binarySearch(positions, at);
                        if (k >= 0) {
                            prepared[k] = Blocking.prepare(row.identity(), names);
                            regions[k] = row.regionCode();
                        }
                    }))
                    .join();
            beat.run();
        }
        Found[] found = new Found[to - from];
        pool.submit(() -> IntStream.range(from, to).parallel().forEach(i -> {
                    int a = Arrays.binarySearch(positions, (int) (candidates[i] >>> 32));
                    int b = Arrays.binarySearch(positions, (int) candidates[i]);
                    long low = plan.artisanId(positions[a]);
                    // a record deleted since the first pass is not read again: its pairs are skipped
                    if (low <= after || prepared[a] == null || prepared[b] == null) {
                        return;
                    }
                    MatchScore score = Blocking.score(prepared[a], prepared[b]);
                    if (score != null) {
                        found[i - from] = new Found(low, regions[a], plan.artisanId(positions[b]), regions[b], score);
                    }
                }))
                .join();
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }
}
