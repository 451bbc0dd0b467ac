package ma.hirfa.coverage.dashboard;

/** One bar of a server-drawn chart: its value and its length in the chart's units (0 to 100). */
public record Bar(long value, int length) {

    static Bar of(long value, long max) {
        return new Bar(value, max <= 0 ? 0 : (int) Math.round(value * 100.0 / max));
    }
}
