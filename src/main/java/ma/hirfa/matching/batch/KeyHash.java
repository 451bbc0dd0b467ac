package ma.hirfa.matching.batch;

/** A 64-bit hash of a blocking key (FNV-1a over the chars, then the MurmurHash3 finaliser to spread the bits). */
final class KeyHash {

    private KeyHash() {}

    static long of(char kind, String first, String second, int date) {
        long h = 0xcbf29ce484222325L;
        h = mix(h, kind);
        h = mix(h, first);
        if (second != null) {
            h = mix(h, '|');
            h = mix(h, second);
        }
        h = mix(h, '|');
        h = mix(h, (char) (date >>> 16));
        h = mix(h, (char) date);
        return finish(h);
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = mix(h, s.charAt(i));
        }
        return h;
    }

    private static long mix(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb53a2fd63a49L;
        h ^= h >>> 33;
        return h;
    }
}
