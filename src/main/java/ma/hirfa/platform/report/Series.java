package ma.hirfa.platform.report;

import java.util.List;

/**
 * One series of counts over the same categories as the other series of its chart (trainees by province,
 * completions by province), named by a message key.
 */
public record Series(String labelKey, List<Count> counts) {

    public Series {
        counts = List.copyOf(counts);
    }

    public long total() {
        return counts.stream().mapToLong(Count::value).sum();
    }
}
