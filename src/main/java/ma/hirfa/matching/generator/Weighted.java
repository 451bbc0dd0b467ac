package ma.hirfa.matching.generator;

import java.util.SplittableRandom;

/** Draws an index with the given integer weights (cumulative table, binary search). */
final class Weighted {

    private final int[] cumulative;

    Weighted(int[] weights) {
        cumulative = new int[weights.length];
        int total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            cumulative[i] = total;
        }
    }

    static Weighted random(int size, int maxWeight, SplittableRandom random) {
        int[] weights = new int[size];
        for (int i = 0; i < size; i++) {
            weights[i] = 1 + random.nextInt(maxWeight);
        }
        return new Weighted(weights);
    }

    int next(SplittableRandom random) {
        int r = random.nextInt(cumulative[cumulative.length - 1]);
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > r) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
