package ma.hirfa.platform.transfer;

/**
 * The row where each key of a file (national id, name key) was first seen, so that a repeated row can say which
 * earlier row it repeats. Keys are kept as 64-bit hashes ({@link KeySet#hash}) beside their row number in an
 * open-addressing table: 16 bytes a key, so a file of millions of rows keeps the heap small.
 */
final class FirstRows {

    private static final long EMPTY = 0L;

    private long[] keys = new long[1 << 12];
    private long[] rows = new long[1 << 12];
    private int size;

    /** The row where this key was first seen, or null when it is new (then {@code row} is remembered for it). */
    Long putIfAbsent(String key, long row) {
        long h = KeySet.hash(key);
        h = h == EMPTY ? 1 : h;
        if ((size + 1) * 2L > keys.length) {
            grow();
        }
        int i = slot(h);
        if (keys[i] == h) {
            return rows[i];
        }
        keys[i] = h;
        rows[i] = row;
        size++;
        return null;
    }

    private int slot(long h) {
        int mask = keys.length - 1;
        int i = (int) (mix(h) & mask);
        while (keys[i] != EMPTY && keys[i] != h) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new long[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                rows[i] = oldRows[j];
            }
        }
    }

    private static long mix(long h) {
        long x = h ^ (h >>> 33);
        x *= 0xff51afd7ed558ccdL;
        return x ^ (x >>> 33);
    }
}
