package ma.hirfa.matching.batch;

/** A 64-bit hash of a blocking key (FNV-1a over the chars, then the MurmurHash3 finaliser to spread the bits). */
final class KeyHash {

    private KeyHash() {}

    static long of(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb53a2fd63a49L;
        h ^= h >>> 33;
        return h;
    }
}
