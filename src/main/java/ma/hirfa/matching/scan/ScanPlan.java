package ma.hirfa.matching.scan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import ma.hirfa.matching.IndexedIdentity;
import ma.hirfa.matching.batch.Blocking;
import ma.hirfa.matching.index.IdentityTable;
import ma.hirfa.matching.phonetic.NameCache;
import ma.hirfa.matching.scoring.PreparedIdentity;

/**
 * The first pass of a streaming scan: the identities of the scope are read once, in artisan id order, and only
 * primitives are kept of each (id, birth date, national id hash, blocking key hashes in one flat array), from
 * which {@link Blocking} gives the candidate pairs, written to a temporary file in sorted runs
 * ({@link CandidatePairs}: position of the first record in the high half of a code, of the second in the low
 * half). About 60 bytes per artisan while the blocks are cut, against the kilobyte of a prepared record; then
 * only the ids (8 bytes per artisan) and the file: 2.5 million artisans fit a small heap. Closing the plan
 * deletes the file.
 */
final class ScanPlan implements Blocking.Members, AutoCloseable {

    private static final int CHUNK = 4000;
    private static final int FETCH = 1000;
    private static final int BEAT_BLOCKS = 20_000;
    /** The blocks are cut in 2^RANGE_BITS ranges of key hashes, one at a time (ADR 0051). */
    private static final int RANGE_BITS = 3;

    private static final int RANGES = 1 << RANGE_BITS;

    private int size;
    private long[] ids;
    private int[] births;
    private long[] nationalIdHashes;
    private int[] keyStart;
    /** The key hashes of every record one after the other, in pages: no copy of them all while they grow. */
    private LongList keys;
    /**
     * Only for the members of oversized blocks, read again once the blocks are known: the national id packed in
     * a long when it fits ({@link #pack}), else kept as text in {@link #otherNationalIds}.
     */
    private long[] nationalIds;

    private java.util.Map<Integer, String> otherNationalIds;

    private CandidatePairs candidates;
    private int blocks;
    private int oversized;

    private ScanPlan() {}

    /**
     * Reads the scope and finds the candidate pairs, written in {@code dir} in sorted runs of {@code runPairs}.
     * {@code expected} (the scope's count) sizes the arrays; the read reports the records read so far to
     * {@code read}, and again now and then while it blocks.
     */
    static ScanPlan of(
            IdentityTable table,
            Set<String> regions,
            long expected,
            int threads,
            Path dir,
            int runPairs,
            LongConsumer read) {
        int bits = Blocking.indexBits(expected);
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            while (true) {
                ScanPlan plan = new ScanPlan();
                plan.read(table, regions, expected, bits, pool, read);
                int actual = Blocking.indexBits(plan.size);
                if (actual == bits) {
                    plan.block(table, bits, pool, dir, runPairs, read);
                    return plan;
                }
                bits = actual; // the scope grew or shrank past a power of two while it was read: read it again
            }
        } finally {
            pool.shutdown();
        }
    }

    private void read(
            IdentityTable table, Set<String> regions, long expected, int bits, ForkJoinPool pool, LongConsumer read) {
        int capacity = (int) Math.max(16, Math.min(Integer.MAX_VALUE - 8, expected + expected / 50));
        ids = new long[capacity];
        births = new int[capacity];
        nationalIdHashes = new long[capacity];
        keyStart = new int[capacity + 1];
        keys = new LongList();
        List<IndexedIdentity> chunk = new ArrayList<>(CHUNK);
        table.forEach(regions, identity -> {
            chunk.add(identity);
            if (chunk.size() == CHUNK) {
                append(chunk, bits, pool);
                chunk.clear();
                read.accept(size);
            }
        });
        append(chunk, bits, pool);
        read.accept(size);
    }

    /** Prepares a chunk on the pool's threads (a fresh name cache each time: the heap holds one chunk's names). */
    private void append(List<IndexedIdentity> chunk, int bits, ForkJoinPool pool) {
        int n = chunk.size();
        if (n == 0) {
            return;
        }
        NameCache names = new NameCache();
        long[][] chunkKeys = new long[n][];
        PreparedIdentity[] prepared = new PreparedIdentity[n];
        pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
                    prepared[i] = Blocking.prepare(chunk.get(i).identity(), names);
                    chunkKeys[i] = Blocking.keys(prepared[i], bits);
                }))
                .join();
        if (size + n + 1 > ids.length) {
            int capacity = Math.max(size + n + 1, ids.length + ids.length / 4);
            ids = Arrays.copyOf(ids, capacity);
            births = Arrays.copyOf(births, capacity);
            nationalIdHashes = Arrays.copyOf(nationalIdHashes, capacity);
            keyStart = Arrays.copyOf(keyStart, capacity + 1);
        }
        for (int i = 0; i < n; i++) {
            long id = chunk.get(i).artisanId();
            if (size > 0 && id <= ids[size - 1]) {
                throw new IllegalStateException("identities must come in artisan id order");
            }
            ids[size] = id;
            births[size] = prepared[i].birthDate();
            nationalIdHashes[size] = Blocking.nationalIdHash(prepared[i]);
            for (long k : chunkKeys[i]) {
                keys.add(k);
            }
            size++;
            keyStart[size] = keys.size();
        }
    }

    private void block(IdentityTable table, int bits, ForkJoinPool pool, Path dir, int runPairs, LongConsumer beat) {
        CandidatePairs found = CandidatePairs.create(dir, runPairs);
        try {
            if (size >= 2) {
                cutBlocks(table, bits, pool, found, beat);
            }
            found.finish();
        } catch (RuntimeException | Error e) {
            found.close();
            throw e;
        }
        // the blocks are done with: only the ids stay, to name the records of each partition
        nationalIds = null;
        otherNationalIds = null;
        keys = null;
        keyStart = null;
        births = null;
        nationalIdHashes = null;
        candidates = found;
    }

    private void cutBlocks(IdentityTable table, int bits, ForkJoinPool pool, CandidatePairs found, LongConsumer beat) {
        // The blocks are cut one range of key hashes at a time, so only a fraction of the packed entries is in
        // memory. First pass: which blocks are too large, over every range, and who their members are.
        LongList big = new LongList();
        java.util.BitSet bigMembers = new java.util.BitSet(size);
        for (int range = 0; range < RANGES; range++) {
            long[] entries = Blocking.entries(this, size, bits, false, range, RANGE_BITS);
            Blocking blocking = new Blocking(entries, bits);
            for (int b = 0; b < blocking.blocks(); b++) {
                if (blocking.isOversized(b)) {
                    for (int k = 0; k < blocking.size(b); k++) {
                        bigMembers.set(blocking.member(b, k));
                    }
                }
            }
            for (long hash : Blocking.oversizedHashes(entries, bits)) {
                big.add(hash);
            }
            beat.accept(size);
        }
        long[] allOversized = big.sortedDistinct();
        oversized = allOversized.length;
        readNationalIdsOf(table, bigMembers, pool, beat);
        // Second pass: the pairs of every block, each range against the oversized blocks of all, to the file.
        for (int range = 0; range < RANGES; range++) {
            Blocking blocking =
                    new Blocking(Blocking.entries(this, size, bits, false, range, RANGE_BITS), bits, allOversized);
            blocks += blocking.blocks();
            for (int b = 0; b < blocking.blocks(); b++) {
                blocking.pairs(b, this, (x, y) -> found.add(((long) Math.min(x, y) << 32) | Math.max(x, y)));
                if (b % BEAT_BLOCKS == BEAT_BLOCKS - 1) {
                    beat.accept(size); // still within the lease: the blocks of a whole country take a while
                }
            }
        }
    }

    /** The neighbours rule of an oversized block sorts its members by national id: only those are read again. */
    private void readNationalIdsOf(
            IdentityTable table, java.util.BitSet members, ForkJoinPool pool, LongConsumer beat) {
        nationalIds = new long[size];
        otherNationalIds = new java.util.concurrent.ConcurrentHashMap<>();
        int[] positions = members.stream().toArray();
        for (int from = 0; from < positions.length; from += FETCH) {
            List<Long> chunk = new ArrayList<>(FETCH);
            for (int i = from; i < Math.min(positions.length, from + FETCH); i++) {
                chunk.add(ids[positions[i]]);
            }
            NameCache names = new NameCache();
            List<IndexedIdentity> rows = table.byIds(chunk);
            pool.submit(() -> rows.parallelStream().forEach(row -> {
                        int at = position(row.artisanId());
                        if (at >= 0) {
                            String id = Blocking.prepare(row.identity(), names).nationalId();
                            long packed = pack(id);
                            nationalIds[at] = packed;
                            if (packed == UNPACKED) {
                                otherNationalIds.put(at, id);
                            }
                        }
                    }))
                    .join();
            beat.accept(size);
        }
    }

    int position(long artisanId) {
        return Arrays.binarySearch(ids, 0, size, artisanId);
    }

    int size() {
        return size;
    }

    long artisanId(int position) {
        return ids[position];
    }

    /** Candidate pairs, read back sorted: first position {@code code >>> 32}, second {@code (int) code}. */
    CandidatePairs candidates() {
        return candidates;
    }

    /** Deletes the candidates' file. */
    @Override
    public void close() {
        if (candidates != null) {
            candidates.close();
        }
    }

    int blockCount() {
        return blocks;
    }

    int oversizedCount() {
        return oversized;
    }

    @Override
    public int keyCount(int record) {
        return keyStart[record + 1] - keyStart[record];
    }

    @Override
    public long key(int record, int k) {
        return keys.get(keyStart[record] + k);
    }

    @Override
    public int birthDate(int record) {
        return births[record];
    }

    @Override
    public long nationalIdHash(int record) {
        return nationalIdHashes[record];
    }

    @Override
    public String nationalId(int record) {
        long packed = nationalIds[record];
        return packed == UNPACKED ? otherNationalIds.get(record) : unpack(packed);
    }

    private static final String DIGITS_AND_LETTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final long UNPACKED = -1;

    /**
     * Up to 10 characters among 0-9 and A-Z (a Moroccan CIN) in 6 bits each, 0 after the end, so a null id is 0
     * and packing keeps the ids' text order; any other id is {@link #UNPACKED}. A packed id takes 8 bytes
     * instead of a string's 50: the members of the oversized blocks may be most of the country.
     */
    static long pack(String id) {
        if (id == null) {
            return 0;
        }
        if (id.isEmpty() || id.length() > 10) {
            return UNPACKED;
        }
        long packed = 0;
        for (int i = 0; i < 10; i++) {
            int c = 0;
            if (i < id.length()) {
                c = DIGITS_AND_LETTERS.indexOf(id.charAt(i)) + 1;
                if (c == 0) {
                    return UNPACKED;
                }
            }
            packed = (packed << 6) | c;
        }
        return packed;
    }

    static String unpack(long packed) {
        if (packed == 0) {
            return null;
        }
        StringBuilder id = new StringBuilder(10);
        for (int i = 9; i >= 0; i--) {
            int c = (int) (packed >>> (6 * i)) & 63;
            if (c != 0) {
                id.append(DIGITS_AND_LETTERS.charAt(c - 1));
            }
        }
        return id.toString();
    }

    /**
     * A growing list of longs in pages, without boxing and without copying while it grows. A page (256 KB) stays
     * under half a G1 region of a small heap, so it is an ordinary object, not a humongous one.
     */
    private static final class LongList {
        private static final int SHIFT = 15;
        private static final int PAGE = 1 << SHIFT;
        private final List<long[]> pages = new ArrayList<>();
        private long[] page = new long[PAGE];
        private int inPage;

        void add(long value) {
            if (inPage == PAGE) {
                pages.add(page);
                page = new long[PAGE];
                inPage = 0;
            }
            page[inPage++] = value;
        }

        int size() {
            return Math.toIntExact((long) pages.size() * PAGE + inPage);
        }

        long get(int index) {
            int p = index >>> SHIFT;
            return p == pages.size() ? page[index & (PAGE - 1)] : pages.get(p)[index & (PAGE - 1)];
        }

        long[] sortedDistinct() {
            int count = Math.toIntExact((long) pages.size() * PAGE + inPage);
            long[] values = new long[count];
            int at = 0;
            for (long[] full : pages) {
                System.arraycopy(full, 0, values, at, PAGE);
                at += PAGE;
            }
            System.arraycopy(page, 0, values, at, inPage);
            pages.clear();
            page = null;
            Arrays.sort(values);
            int n = 0;
            for (int i = 0; i < count; i++) {
                if (n == 0 || values[i] != values[n - 1]) {
                    values[n++] = values[i];
                }
            }
            return n == count ? values : Arrays.copyOf(values, n);
        }
    }
}
