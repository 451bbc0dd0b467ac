package ma.hirfa.matching.batch;

import java.util.Arrays;
import java.util.Comparator;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.MatchScore;
import ma.hirfa.matching.phonetic.NameCache;
import ma.hirfa.matching.scoring.BlockingKeys;
import ma.hirfa.matching.scoring.IdentityScorer;
import ma.hirfa.matching.scoring.PreparedIdentity;

/**
 * The blocking and the pair rule of the batch, shared by the in-memory {@link DuplicateFinder} and the
 * streaming duplicate scan, so that both find the same pairs whatever the scoring helpers change: how a record
 * is prepared and keyed, which pairs of a block are compared (the cap of {@link #MAX_BLOCK}), and the score.
 * Records are known by their position; every key hash is packed with that position into one sorted
 * {@code long[]} whose runs of equal hashes are the blocks.
 */
public final class Blocking {

    static final int MAX_BLOCK = 150;
    static final int WINDOW = 8;

    /** What the blocking reads of each record, by position. */
    public interface Members {

        /** How many distinct key hashes (see {@link #keys}) the record has. */
        int keyCount(int record);

        /** The record's k-th key hash, ascending in k. */
        long key(int record, int k);

        /** {@code yyyymmdd}, 0 when unknown. */
        int birthDate(int record);

        /** See {@link #nationalIdHash}. */
        long nationalIdHash(int record);

        /** The prepared national id; asked only for the members of oversized blocks. */
        String nationalId(int record);
    }

    /** Receives a pair of positions to score (it may come more than once from oversized blocks). */
    public interface Pairs {
        void pair(int a, int b);
    }

    private final int indexBits;
    private final int mask;
    private final long[] entries;
    private final int[] bounds;
    private final long[] oversized;

    /** Blocks of the entries made by {@link #entries}, with the same {@code indexBits}. */
    public Blocking(long[] entries, int indexBits) {
        this(entries, indexBits, null);
    }

    /**
     * Blocks of one range of key hashes ({@link #entries(Members, int, int, boolean, int, int)}): which blocks are
     * too large is known only over every range, so the caller gives {@code allOversized}, the sorted hashes of
     * {@link #oversizedHashes} of every range (null: those of these entries). A pair is then scored from the same
     * block, whatever range that block falls in.
     */
    public Blocking(long[] entries, int indexBits, long[] allOversized) {
        this.indexBits = indexBits;
        this.mask = (1 << indexBits) - 1;
        this.entries = entries;
        int[] found = new int[1024];
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
                if (count + 2 > found.length) {
                    found = Arrays.copyOf(found, found.length * 2);
                }
                found[count++] = i;
                found[count++] = j;
                if (j - i > MAX_BLOCK) {
                    if (bigCount == big.length) {
                        big = Arrays.copyOf(big, bigCount * 2);
                    }
                    big[bigCount++] = hash;
                }
            }
            i = j;
        }
        this.bounds = Arrays.copyOf(found, count);
        if (allOversized == null) {
            this.oversized = Arrays.copyOf(big, bigCount);
            Arrays.sort(oversized);
        } else {
            this.oversized = allOversized;
        }
    }

    /** Bits of an entry that hold the record's position, for a list of this many records. */
    public static int indexBits(long records) {
        int bits = Math.max(20, 64 - Long.numberOfLeadingZeros(Math.max(1, records)));
        if (bits > 31) {
            throw new IllegalArgumentException("too many records: " + records);
        }
        return bits;
    }

    public static PreparedIdentity prepare(IdentityRecord record, NameCache names) {
        return PreparedIdentity.of(record, names);
    }

    /** The record's blocking keys hashed, cut to leave {@code indexBits} for the position, distinct, sorted. */
    public static long[] keys(PreparedIdentity p, int indexBits) {
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
        return distinct(keys);
    }

    /** 0 without a national id; otherwise an odd hash of it (for the cheap first look at a pair). */
    public static long nationalIdHash(PreparedIdentity p) {
        return p.nationalId() == null ? 0 : KeyHash.of('n', p.nationalId(), null, 0) | 1;
    }

    /** The score of a pair the batch keeps ({@code low} is the record that comes first), or null. */
    public static MatchScore score(PreparedIdentity low, PreparedIdentity high) {
        return IdentityScorer.scoreIfSamePerson(low, high);
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

    /** Every (key hash, position) of the records packed in one long, sorted. */
    public static long[] entries(Members members, int records, int indexBits, boolean parallel) {
        return entries(members, records, indexBits, parallel, 0, 0);
    }

    /**
     * The entries whose key hash falls in one of {@code 2^rangeBits} ranges of hashes ({@code range} counts from
     * 0): a block lies whole in one range, so the blocks of a large register can be cut one range at a time, with
     * a fraction of the entries in memory.
     */
    public static long[] entries(
            Members members, int records, int indexBits, boolean parallel, int range, int rangeBits) {
        int shift = 64 - indexBits - rangeBits;
        long total = 0;
        for (int i = 0; i < records; i++) {
            for (int k = 0; k < members.keyCount(i); k++) {
                if (rangeBits == 0 || members.key(i, k) >>> shift == range) {
                    total++;
                }
            }
        }
        long[] entries = new long[Math.toIntExact(total)];
        int e = 0;
        for (int i = 0; i < records; i++) {
            for (int k = 0; k < members.keyCount(i); k++) {
                long key = members.key(i, k);
                if (rangeBits == 0 || key >>> shift == range) {
                    entries[e++] = (key << indexBits) | i;
                }
            }
        }
        if (parallel) {
            Arrays.parallelSort(entries);
        } else {
            Arrays.sort(entries); // in place: no second copy on a small heap
        }
        return entries;
    }

    /** The key hashes of the blocks of these entries larger than {@link #MAX_BLOCK}, sorted. */
    public static long[] oversizedHashes(long[] entries, int indexBits) {
        return new Blocking(entries, indexBits).oversized;
    }

    public int keyCount() {
        return entries.length;
    }

    public int blocks() {
        return bounds.length / 2;
    }

    public int oversizedBlocks() {
        return oversized.length;
    }

    public boolean isOversized(int block) {
        return bounds[2 * block + 1] - bounds[2 * block] > MAX_BLOCK;
    }

    public int size(int block) {
        return bounds[2 * block + 1] - bounds[2 * block];
    }

    /** The position of the k-th member of a block. */
    public int member(int block, int k) {
        return (int) (entries[bounds[2 * block] + k] & mask);
    }

    /**
     * The pairs of a block worth scoring. A block up to {@link #MAX_BLOCK} records gives all its pairs, each
     * pair only in the first small block it shares (so a pair is scored once); a larger block (a very common
     * name, a shared phone) only gives neighbours after sorting its members by national id and by birth date,
     * so common names cannot explode the work.
     */
    public void pairs(int block, Members m, Pairs out) {
        int start = bounds[2 * block];
        int end = bounds[2 * block + 1];
        long hash = entries[start] >>> indexBits;
        int size = end - start;
        if (size > MAX_BLOCK) {
            Integer[] members = new Integer[size];
            for (int k = 0; k < size; k++) {
                members[k] = (int) (entries[start + k] & mask);
            }
            neighbours(
                    members,
                    Comparator.comparing(
                            (Integer x) -> m.nationalId(x), Comparator.nullsLast(Comparator.naturalOrder())),
                    m,
                    out);
            neighbours(members, Comparator.comparingInt((Integer x) -> m.birthDate(x)), m, out);
            return;
        }
        for (int x = start; x < end; x++) {
            int a = (int) (entries[x] & mask);
            for (int y = x + 1; y < end; y++) {
                int b = (int) (entries[y] & mask);
                if (!clearlyDifferent(m, a, b) && firstSharedSmallKey(m, a, b) == hash) {
                    out.pair(a, b);
                }
            }
        }
    }

    /**
     * Two different national ids and two birth dates that differ in more than one part (and are not a swapped
     * day and month): even a one-character typo in the id, the same phone, place and name cannot outweigh that
     * (see IdentityScorer), so the pair is dropped without reading the records. This is most namesake pairs.
     */
    private static boolean clearlyDifferent(Members m, int a, int b) {
        long x = m.nationalIdHash(a);
        long y = m.nationalIdHash(b);
        if (x == 0 || y == 0 || x == y) {
            return false;
        }
        int p = m.birthDate(a);
        int q = m.birthDate(b);
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

    private static void neighbours(Integer[] members, Comparator<Integer> order, Members m, Pairs out) {
        Arrays.sort(members, order);
        for (int x = 0; x < members.length; x++) {
            for (int y = x + 1; y < Math.min(members.length, x + 1 + WINDOW); y++) {
                if (!clearlyDifferent(m, members[x], members[y])) {
                    out.pair(members[x], members[y]);
                }
            }
        }
    }

    private long firstSharedSmallKey(Members m, int a, int b) {
        int i = 0;
        int j = 0;
        int na = m.keyCount(a);
        int nb = m.keyCount(b);
        while (i < na && j < nb) {
            long x = m.key(a, i);
            long y = m.key(b, j);
            if (x < y) {
                i++;
            } else if (x > y) {
                j++;
            } else {
                if (Arrays.binarySearch(oversized, x) < 0) {
                    return x;
                }
                i++;
                j++;
            }
        }
        return -1;
    }
}
