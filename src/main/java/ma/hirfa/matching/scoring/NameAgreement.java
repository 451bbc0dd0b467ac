package ma.hirfa.matching.scoring;

import ma.hirfa.matching.phonetic.ScriptName;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How much two names in one script each (the same script or not) agree, as a log-odds weight: tokens are
 * paired best-first whatever their order (so a family name written first still pairs), each pair weighs by
 * the Jaro-Winkler similarity of its phonetic keys, a token left unpaired costs a little.
 */
record NameAgreement(double weight, boolean sameSpelling, boolean swapped) {

    static final double MAX_WEIGHT = 4.5;
    static final double MIN_WEIGHT = -6;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final double[] SIMILARITY = {0.0, 0.75, 0.85, 0.92, 1.0};
    private static final double[] TOKEN_WEIGHT = {-3.0, -2.0, 0.0, 1.5, 2.25};
    private static final double UNPAIRED_TOKEN = -0.5;
    private static final double GOOD_PAIR = 0.85;

    static NameAgreement of(ScriptName a, ScriptName b) {
        String[] x = a.skeletons();
        String[] y = b.skeletons();
        int nx = x.length;
        int ny = y.length;
        double[] sims = new double[nx * ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                sims[i * ny + j] = similarity(x[i], y[j]);
            }
        }
        long usedX = 0;
        long usedY = 0;
        int pairs = Math.min(nx, ny);
        double weight = 0;
        int straight = 0;
        int crossed = 0;
        for (int p = 0; p < pairs; p++) {
            int best = -1;
            for (int k = 0; k < sims.length; k++) {
                int i = k / ny;
                int j = k % ny;
                if ((usedX & (1L << i)) == 0 && (usedY & (1L << j)) == 0 && (best < 0 || sims[k] > sims[best])) {
                    best = k;
                }
            }
            int i = best / ny;
            int j = best % ny;
            usedX |= 1L << i;
            usedY |= 1L << j;
            double s = sims[best];
            weight += tokenWeight(s, Math.min(x[i].length(), y[j].length()));
            if (s >= GOOD_PAIR) {
                boolean firstX = i < a.firstCount();
                boolean firstY = j < b.firstCount();
                if (firstX == firstY) {
                    straight++;
                } else {
                    crossed++;
                }
            }
        }
        weight += UNPAIRED_TOKEN * (Math.max(nx, ny) - pairs);
        weight = Math.max(MIN_WEIGHT, Math.min(MAX_WEIGHT, weight));
        boolean bothSplit = a.firstCount() > 0 && a.firstCount() < nx && b.firstCount() > 0 && b.firstCount() < ny;
        boolean swapped = bothSplit && crossed > 0 && crossed >= straight;
        return new NameAgreement(weight, a.sameSpelling(b), swapped);
    }

    static double similarity(String x, String y) {
        if (x.equals(y)) {
            return 1.0;
        }
        return JARO_WINKLER.apply(x, y);
    }

    private static double tokenWeight(double s, int shortestKey) {
        double w = interpolate(s);
        // a one-letter key (Ali → L, Aziz → Z) says less when it agrees
        return shortestKey <= 1 && w > 0 ? w * 0.6 : w;
    }

    private static double interpolate(double s) {
        for (int k = 1; k < SIMILARITY.length; k++) {
            if (s <= SIMILARITY[k]) {
                double t = (s - SIMILARITY[k - 1]) / (SIMILARITY[k] - SIMILARITY[k - 1]);
                return TOKEN_WEIGHT[k - 1] + t * (TOKEN_WEIGHT[k] - TOKEN_WEIGHT[k - 1]);
            }
        }
        return TOKEN_WEIGHT[TOKEN_WEIGHT.length - 1];
    }
}
