package ma.hirfa.platform.transfer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The keys already seen in a file (national ids, name keys), kept as 64-bit hashes in an open-addressing
 * table: 16 bytes per key instead of about 100 for a {@code HashSet<String>}, so a file of millions of rows
 * keeps the heap small. Two different keys share a hash with a probability of about n²/2⁶⁵ (3·10⁻⁸ for a
 * million keys), which would at worst report one row as repeated in the file.
 */
public final class KeySet {

    private static final long EMPTY = 0L;

    private long[] slots = new long[1 << 12];
    private int size;

    /** Adds the key; false when it was already there. */
    public boolean add(String key) {
        return add(hash(key));
    }

    /** Adds a hash computed by the caller (never 0); false when it was already there. */
    public boolean add(long hash) {
        long h = hash == EMPTY ? 1 : hash;
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) (mix(h) & mask);
        while (slots[i] != EMPTY) {
            if (slots[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = h;
        size++;
        return true;
    }

    public int size() {
        return size;
    }

    /** 64-bit FNV-1a of the UTF-8 bytes. */
    public static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        Arrays.stream(old).filter(v -> v != EMPTY).forEach(this::add);
    }

    private static long mix(long h) {
        long x = h ^ (h >>> 33);
        x *= 0xff51afd7ed558ccdL;
        return x ^ (x >>> 33);
    }
}
