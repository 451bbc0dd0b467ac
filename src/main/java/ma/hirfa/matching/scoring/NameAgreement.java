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
    /** Keys one slip apart agree at least this much; Jaro-Winkler alone punishes a slip at a short key's start. */
    private static final double ONE_SLIP = 0.92;
    /** As {@link #ONE_SLIP} when the shorter key has two consonants only (Youssfi/Ouhyousfi, SF/HSF). */
    private static final double ONE_SLIP_SHORT = 0.88;

    /** {@code latin}: one of the names is in Latin letters, so its family name may carry {@link LatinSlips}. */
    static NameAgreement of(ScriptName a, ScriptName b, boolean latin) {
        NameAgreement wordByWord = of(a.skeletons(), a.firstCount(), b.skeletons(), b.firstCount(), a, b, latin);
        if (wordByWord.weight >= MAX_WEIGHT || (isJoined(a) && isJoined(b))) {
            return wordByWord;
        }
        // a particle or a space typed or not (Bne Haddou / بن حدو, BenH addad): compare each part joined too
        NameAgreement joined =
                of(joined(a), Math.min(1, a.firstCount()), joined(b), Math.min(1, b.firstCount()), a, b, latin);
        return joined.weight > wordByWord.weight ? joined : wordByWord;
    }

    private static boolean isJoined(ScriptName n) {
        return n.firstCount() <= 1 && n.skeletons().length - n.firstCount() <= 1;
    }

    /** The keys of the first name joined into one, and of the family name into another. */
    private static String[] joined(ScriptName n) {
        String[] k = n.skeletons();
        int f = n.firstCount();
        String first = join(k, 0, f);
        String family = join(k, f, k.length);
        if (first.isEmpty()) {
            return new String[] {family};
        }
        return family.isEmpty() ? new String[] {first} : new String[] {first, family};
    }

    private static String join(String[] keys, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            String k = keys[i];
            int start = out.length() > 0 && !k.isEmpty() && out.charAt(out.length() - 1) == k.charAt(0) ? 1 : 0;
            out.append(k, start, k.length());
        }
        return out.toString();
    }

    private static NameAgreement of(
            String[] x, int firstX, String[] y, int firstY, ScriptName a, ScriptName b, boolean latin) {
        int nx = x.length;
        int ny = y.length;
        double[] sims = new double[nx * ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                sims[i * ny + j] = similarity(x[i], i < firstX, y[j], j < firstY, latin);
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
                if ((i < firstX) == (j < firstY)) {
                    straight++;
                } else {
                    crossed++;
                }
            }
        }
        weight += UNPAIRED_TOKEN * (Math.max(nx, ny) - pairs);
        weight = Math.max(MIN_WEIGHT, Math.min(MAX_WEIGHT, weight));
        boolean bothSplit = firstX > 0 && firstX < nx && firstY > 0 && firstY < ny;
        boolean swapped = bothSplit && crossed > 0 && crossed >= straight;
        return new NameAgreement(weight, a.sameSpelling(b), swapped);
    }

    /** A first name with a first name, a family name with a family name; either rule for one of each (swapped). */
    private static double similarity(String x, boolean firstX, String y, boolean firstY, boolean latin) {
        if (firstX && firstY) {
            return firstNameSimilarity(x, y);
        }
        if (!firstX && !firstY) {
            return familySimilarity(x, y, latin);
        }
        return Math.max(firstNameSimilarity(x, y), familySimilarity(x, y, latin));
    }

    /**
     * As {@link #familySimilarity(String, String)}; when one of the names is in Latin letters (typed by a
     * clerk, where slips happen: Arabic lists only vary in alef, hamza and ta marbuta), also forgiving its
     * {@link LatinSlips}: one slip agrees as a slip of a letter (Ouhali/أوعلي, HL/L; Thri/طاهري, TR/THR), two as
     * a slip on a short key (Sahfiq/شفيق, SHFK/CFK), and a consonant dropped or two swapped in a key of three
     * (Beada/برادة) as a slip on a short key, not as much as one of the longer keys.
     */
    static double familySimilarity(String x, String y, boolean latin) {
        double s = familySimilarity(x, y);
        if (!latin || s >= ONE_SLIP) {
            return s;
        }
        double slips = LatinSlips.distance(x, y);
        if (slips <= LatinSlips.SLIP) {
            return ONE_SLIP;
        }
        int shorter = Math.min(x.length(), y.length());
        boolean twoSlips = slips <= 2 * LatinSlips.SLIP && shorter >= 2;
        // a letter dropped or swapped by a typing slip in a three-letter key (Beada/برادة, BD/BRD; Adbi, DB/BD)
        boolean shortKeySlip = shorter == 2
                && x.length() + y.length() <= 5
                && EditDistance.withinOne(x, y)
                && (x.length() != y.length() || swapped(x, y));
        return twoSlips || shortKeySlip ? Math.max(s, ONE_SLIP_SHORT) : s;
    }

    static double similarity(String x, String y) {
        if (x.equals(y)) {
            return 1.0;
        }
        return JARO_WINKLER.apply(x, y);
    }

    /**
     * As {@link #similarity}, forgiving in a family name of three or more one consonant added or dropped (a
     * letter heard or not, the clerks' "Ouh" for أو: HZRHN/ZRHN) or two neighbours swapped (a typing slip), and
     * a leading H on two (HSF/SF). One consonant replaced is often another family (Sebbagh/الصديقي, SBK/SDK):
     * not forgiven.
     */
    static double familySimilarity(String x, String y) {
        double s = similarity(x, y);
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (s >= ONE_SLIP) {
            return s;
        }
        if (shorter.length() >= 3
                && (swapped(x, y) || longer.length() == shorter.length() + 1)
                && EditDistance.withinOne(x, y)) {
            return ONE_SLIP;
        }
        if (longer.length() != shorter.length() + 1 || !EditDistance.withinOne(x, y)) {
            return s;
        }
        return shorter.length() == 2 && longer.charAt(0) == 'H' ? Math.max(s, ONE_SLIP_SHORT) : s;
    }

    /** Same length, differing only by two neighbouring letters swapped. */
    private static boolean swapped(String x, String y) {
        if (x.length() != y.length()) {
            return false;
        }
        int i = 0;
        while (i < x.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        return i + 1 < x.length()
                && x.charAt(i) == y.charAt(i + 1)
                && x.charAt(i + 1) == y.charAt(i)
                && x.regionMatches(i + 2, y, i + 2, x.length() - i - 2);
    }

    /**
     * First names forgive only one consonant replaced in three or more (Fatna/فاطمة, FTN/FTM): one dropped is
     * often another name (Mohamed/Ahmed, MHMD/HMD).
     */
    static double firstNameSimilarity(String x, String y) {
        double s = similarity(x, y);
        if (s >= ONE_SLIP || x.length() != y.length() || x.length() < 3 || !EditDistance.withinOne(x, y)) {
            return s;
        }
        return ONE_SLIP;
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
