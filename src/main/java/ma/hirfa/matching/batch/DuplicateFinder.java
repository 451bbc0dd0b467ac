package ma.hirfa.matching.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.MatchPair;
import ma.hirfa.matching.MatchScore;
import ma.hirfa.matching.phonetic.NameCache;
import ma.hirfa.matching.scoring.PreparedIdentity;

/**
 * Blocking and scoring over a whole list held in memory. Every record's blocking keys are hashed to longs and
 * packed with the record's position into one {@code long[]} that is sorted: runs of equal hashes are the
 * blocks (few objects, whatever the size of the list); {@link Blocking} says which pairs of a block are
 * scored. The streaming duplicate scan uses the same {@link Blocking} without holding the records.
 */
public final class DuplicateFinder implements Blocking.Members {

    private static final boolean TRACE = Boolean.getBoolean("hirfa.matching.trace");

    private final List<IdentityRecord> records;
    private final int threads;
    private final int indexBits;
    private PreparedIdentity[] prepared;
    /** Per record, for the cheap first look at a pair: birth date (yyyymmdd, 0 unknown), national id hash. */
    private int[] births;

    private long[] nationalIds;
    private long[][] recordKeys;
    private final Map<Long, MatchScore> found = new ConcurrentHashMap<>();
    private final LongAdder compared = new LongAdder();

    public DuplicateFinder(List<IdentityRecord> records, int threads) {
        this.records = records;
        this.threads = threads;
        this.indexBits = Blocking.indexBits(records.size());
    }

    public List<MatchPair> pairs() {
        int n = records.size();
        if (n < 2) {
            return List.of();
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            prepared = new PreparedIdentity[n];
            births = new int[n];
            nationalIds = new long[n];
            recordKeys = new long[n][];
            NameCache names = new NameCache();
            long t0 = System.nanoTime();
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> prepare(i, names)))
                    .join();
            long t1 = System.nanoTime();
            Blocking blocking = new Blocking(Blocking.entries(this, n, indexBits, true), indexBits);
            long t2 = System.nanoTime();
            pool.submit(() -> IntStream.range(0, blocking.blocks())
                            .parallel()
                            .forEach(b -> blocking.pairs(b, this, this::compare)))
                    .join();
            if (TRACE) {
                System.err.printf(
                        "prepare %.1f s, block %.1f s (%d keys, %d blocks, %d oversized), compare %.1f s (%d pairs)%n",
                        (t1 - t0) / 1e9,
                        (t2 - t1) / 1e9,
                        blocking.keyCount(),
                        blocking.blocks(),
                        blocking.oversizedBlocks(),
                        (System.nanoTime() - t2) / 1e9,
                        compared.sum());
            }
        } finally {
            pool.shutdown();
        }
        long[] codes =
                found.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        List<MatchPair> pairs = new ArrayList<>(codes.length);
        for (long code : codes) {
            int a = (int) (code >>> 32);
            int b = (int) code;
            pairs.add(new MatchPair(records.get(a).recordId(), records.get(b).recordId(), found.get(code)));
        }
        return pairs;
    }

    private void prepare(int i, NameCache names) {
        PreparedIdentity p = Blocking.prepare(records.get(i), names);
        prepared[i] = p;
        births[i] = p.birthDate();
        nationalIds[i] = Blocking.nationalIdHash(p);
        recordKeys[i] = Blocking.keys(p, indexBits);
    }

    @Override
    public int keyCount(int record) {
        return recordKeys[record].length;
    }

    @Override
    public long key(int record, int k) {
        return recordKeys[record][k];
    }

    @Override
    public int birthDate(int record) {
        return births[record];
    }

    @Override
    public long nationalIdHash(int record) {
        return nationalIds[record];
    }

    @Override
    public String nationalId(int record) {
        return prepared[record].nationalId();
    }

    private void compare(int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        long code = ((long) low << 32) | high;
        if (found.containsKey(code)) {
            return;
        }
        if (TRACE) {
            compared.increment();
        }
        MatchScore score = Blocking.score(prepared[low], prepared[high]);
        if (score != null) {
            found.put(code, score);
        }
    }
}
