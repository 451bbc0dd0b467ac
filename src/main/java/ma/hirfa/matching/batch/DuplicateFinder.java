package ma.hirfa.matching.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import ma.hirfa.matching.scoring.BlockingKeys;
import ma.hirfa.matching.scoring.IdentityScorer;
import ma.hirfa.matching.scoring.PreparedIdentity;

/**
 * Blocking and scoring over a whole list. Every record's blocking keys are hashed to longs and packed with
 * the record's position into one {@code long[]} that is sorted: runs of equal hashes are the blocks (few
 * objects, whatever the size of the list). A block up to {@link #MAX_BLOCK} records compares all its pairs,
 * each pair only in the first small block it shares (so a pair is scored once); a larger block (a very
 * common name, a shared phone) only compares neighbours after sorting its members by national id and by
 * birth date, so common names cannot explode the work.
 */
public final class DuplicateFinder {

    static final int MAX_BLOCK = 150;
    static final int WINDOW = 8;
    private static final boolean TRACE = Boolean.getBoolean("hirfa.matching.trace");

    private final List<IdentityRecord> records;
    private final int threads;
    private final int indexBits;
    private PreparedIdentity[] prepared;
    /** Per record, for the cheap first look at a pair: birth date (yyyymmdd, 0 unknown), national id hash. */
    private int[] births;

    private long[] nationalIds;
    private long[][] recordKeys;
    private long[] oversized;
    private final Map<Long, MatchScore> found = new ConcurrentHashMap<>();
    private final LongAdder compared = new LongAdder();

    public DuplicateFinder(List<IdentityRecord> records, int threads) {
        this.records = records;
        this.threads = threads;
        this.indexBits = Math.max(20, 64 - Long.numberOfLeadingZeros(Math.max(1, records.size())));
        if (indexBits > 31) {
            throw new IllegalArgumentException("too many records: " + records.size());
        }
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
            long[] entries = entries();
            int[] bounds = blocks(entries);
            long t2 = System.nanoTime();
            pool.submit(() -> IntStream.range(0, bounds.length / 2)
                            .parallel()
                            .forEach(b -> compareBlock(entries, bounds[2 * b], bounds[2 * b + 1])))
                    .join();
            if (TRACE) {
                System.err.printf(
                        "prepare %.1f s, block %.1f s (%d keys, %d blocks, %d oversized), compare %.1f s (%d pairs)%n",
                        (t1 - t0) / 1e9,
                        (t2 - t1) / 1e9,
                        entries.length,
                        bounds.length / 2,
                        oversized.length,
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
        PreparedIdentity p = PreparedIdentity.of(records.get(i), names);
        prepared[i] = p;
        births[i] = p.birthDate();
        nationalIds[i] = p.nationalId() == null ? 0 : KeyHash.of('n', p.nationalId(), null, 0) | 1;
        long[] hashes = new long[32];
        int[] count = {0};
        BlockingKeys.Sink sink = (kind, first, second, date) -> {
            if (count[0] < hashes.length) {
                hashes[count[0]++] = KeyHash.of(kind, first, second, date) >>> indexBits;
            }
        };
        BlockingKeys.of(p, sink);
        long[] keys = Arrays.copyOf(hashes, count[0]);
        Arrays.sort(keys);
        recordKeys[i] = distinct(keys);
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    private long[] entries() {
        int total = 0;
        for (long[] keys : recordKeys) {
            total += keys.length;
        }
        long[] entries = new long[total];
        int e = 0;
        for (int i = 0; i < recordKeys.length; i++) {
            for (long hash : recordKeys[i]) {
                entries[e++] = (hash << indexBits) | i;
            }
        }
        Arrays.parallelSort(entries);
        return entries;
    }

    /** Bounds (start, end) of each block of two or more records, noting the oversized ones. */
    private int[] blocks(long[] entries) {
        int[] bounds = new int[1024];
        int count = 0;
        long[] big = new long[64];
        int bigCount = 0;
        int i = 0;
        while (i < entries.length) {
            long hash = entries[i] >>> indexBits;
            int j = i + 1;
            while (j < entries.length && (entries[j] >>> indexBits) == hash) {
                j++;
            }
            if (j - i > 1) {
                if (count + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[count++] = i;
                bounds[count++] = j;
                if (j - i > MAX_BLOCK) {
                    if (bigCount == big.length) {
                        big = Arrays.copyOf(big, bigCount * 2);
                    }
                    big[bigCount++] = hash;
                }
            }
            i = j;
        }
        oversized = Arrays.copyOf(big, bigCount);
        Arrays.sort(oversized);
        return Arrays.copyOf(bounds, count);
    }

    private void compareBlock(long[] entries, int start, int end) {
        long hash = entries[start] >>> indexBits;
        int mask = (1 << indexBits) - 1;
        int size = end - start;
        if (size > MAX_BLOCK) {
            Integer[] members = new Integer[size];
            for (int k = 0; k < size; k++) {
                members[k] = (int) (entries[start + k] & mask);
            }
            neighbours(
                    members,
                    Comparator.comparing(
                            (Integer m) -> prepared[m].nationalId(), Comparator.nullsLast(Comparator.naturalOrder())));
            neighbours(members, Comparator.comparingInt((Integer m) -> prepared[m].birthDate()));
            return;
        }
        for (int x = start; x < end; x++) {
            int a = (int) (entries[x] & mask);
            for (int y = x + 1; y < end; y++) {
                int b = (int) (entries[y] & mask);
                if (!clearlyDifferent(a, b) && firstSharedSmallKey(recordKeys[a], recordKeys[b]) == hash) {
                    compare(a, b);
                }
            }
        }
    }

    /**
     * Two different national ids and two birth dates that differ in more than one part (and are not a swapped
     * day and month): even a one-character typo in the id, the same phone, place and name cannot outweigh that
     * (see IdentityScorer), so the pair is dropped without reading the records. This is most namesake pairs.
     */
    private boolean clearlyDifferent(int a, int b) {
        long x = nationalIds[a];
        long y = nationalIds[b];
        if (x == 0 || y == 0 || x == y) {
            return false;
        }
        int p = births[a];
        int q = births[b];
        if (p == 0 || q == 0 || p == q) {
            return false;
        }
        int py = p / 10_000;
        int pm = p / 100 % 100;
        int pd = p % 100;
        int qy = q / 10_000;
        int qm = q / 100 % 100;
        int qd = q % 100;
        if (py == qy && pm == qd && pd == qm) {
            return false;
        }
        int differing = (py != qy ? 1 : 0) + (pm != qm ? 1 : 0) + (pd != qd ? 1 : 0);
        return differing > 1;
    }

    private void neighbours(Integer[] members, Comparator<Integer> order) {
        Arrays.sort(members, order);
        for (int x = 0; x < members.length; x++) {
            for (int y = x + 1; y < Math.min(members.length, x + 1 + WINDOW); y++) {
                if (!clearlyDifferent(members[x], members[y])) {
                    compare(members[x], members[y]);
                }
            }
        }
    }

    private long firstSharedSmallKey(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                if (Arrays.binarySearch(oversized, a[i]) < 0) {
                    return a[i];
                }
                i++;
                j++;
            }
        }
        return -1;
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
        MatchScore score = IdentityScorer.scoreIfSamePerson(prepared[low], prepared[high]);
        if (score != null) {
            found.put(code, score);
        }
    }
}
