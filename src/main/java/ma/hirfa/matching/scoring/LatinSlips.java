package ma.hirfa.matching.scoring;

/**
 * How far apart two family-name keys are when one of them was written in Latin letters, counting only the
 * slips a Latin spelling makes without changing the name (ADR 0054): an h heard, dropped or moved out of its
 * digraph (the clerks' "Ouh" for أو: HL/L; Thri for Tahri: TR/THR; Sahfiq for Shafiq: SHFK/CFK), the article
 * fused as a leading l (Lissa/العيسى: LS/S), "rh" written for غ (Ourhazali/أوغزالي: RHZL/KZL), and a
 * consonant read in the neighbouring class of an ambiguous letter (c as ch or k, g as ج or گ, kh losing its
 * k). Each costs {@link #SLIP}; any other difference (a consonant replaced, added or dropped) is another name
 * and costs {@link #OTHER}, so a distance of one or two slips says the keys are the same name.
 */
final class LatinSlips {

    static final double SLIP = 0.5;
    private static final double OTHER = 10;

    private LatinSlips() {}

    /**
     * The cheapest alignment of {@code x} and {@code y} by slips (multiples of {@link #SLIP}); large otherwise. A
     * leading h that kept the article's rule from dropping a leading l (Ouhlattar/أوعطار: HLTR/TR) is one slip.
     */
    static double distance(String x, String y) {
        double d = aligned(x, y);
        if (d > SLIP && x.length() > 1 && x.charAt(0) == 'H' && y.charAt(0) != 'H') {
            d = Math.min(d, SLIP + aligned(withoutArticle(x.substring(1)), y));
        }
        if (d > SLIP && y.length() > 1 && y.charAt(0) == 'H' && x.charAt(0) != 'H') {
            d = Math.min(d, SLIP + aligned(x, withoutArticle(y.substring(1))));
        }
        return d;
    }

    /** As {@code Skeletons.finish} drops a leading l before two more consonants. */
    private static String withoutArticle(String key) {
        return key.length() >= 3 && key.charAt(0) == 'L' ? key.substring(1) : key;
    }

    private static double aligned(String x, String y) {
        int n = x.length();
        int m = y.length();
        double[][] d = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            d[i][0] = d[i - 1][0] + indel(x, i - 1);
        }
        for (int j = 1; j <= m; j++) {
            d[0][j] = d[0][j - 1] + indel(y, j - 1);
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                char a = x.charAt(i - 1);
                char b = y.charAt(j - 1);
                double best = d[i - 1][j - 1] + substitution(a, b);
                best = Math.min(best, d[i - 1][j] + indel(x, i - 1));
                best = Math.min(best, d[i][j - 1] + indel(y, j - 1));
                if (i > 1 && j > 1 && a == y.charAt(j - 2) && b == x.charAt(i - 2) && a != b) {
                    best = Math.min(best, d[i - 2][j - 2] + (a == 'H' || b == 'H' ? SLIP : OTHER));
                }
                if (i > 1 && b == 'K' && a == 'H' && x.charAt(i - 2) == 'R') {
                    best = Math.min(best, d[i - 2][j - 1] + SLIP); // rh for غ
                }
                if (j > 1 && a == 'K' && b == 'H' && y.charAt(j - 2) == 'R') {
                    best = Math.min(best, d[i - 1][j - 2] + SLIP);
                }
                d[i][j] = best;
            }
        }
        return d[n][m];
    }

    /** An h anywhere, or the article's l at the start. */
    private static double indel(String key, int at) {
        char c = key.charAt(at);
        return c == 'H' || (at == 0 && c == 'L') ? SLIP : OTHER;
    }

    private static double substitution(char a, char b) {
        if (a == b) {
            return 0;
        }
        return neighbours(a, b) || neighbours(b, a) ? SLIP : OTHER;
    }

    /** ch/c/k (C, K), sh/s (C, S), kh/h (K, H), g before e or i (J, K). */
    private static boolean neighbours(char a, char b) {
        return (a == 'C' && (b == 'K' || b == 'S')) || (a == 'K' && (b == 'H' || b == 'J'));
    }
}
