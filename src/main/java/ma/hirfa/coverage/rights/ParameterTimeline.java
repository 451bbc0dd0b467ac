package ma.hirfa.coverage.rights;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parameters of the coverage rules with the month from which each value applies; the value in force for a
 * month is the last one that took effect on or before it. Names: {@code WAITING_MONTHS},
 * {@code TOLERATED_ARREARS}, {@code AMNESTY} (1 = on), {@code AMOUNT_<REGIME>}.
 */
public final class ParameterTimeline {

    public static final String WAITING_MONTHS = "WAITING_MONTHS";
    public static final String TOLERATED_ARREARS = "TOLERATED_ARREARS";
    public static final String AMNESTY = "AMNESTY";
    public static final String AMOUNT = "AMOUNT_";

    private final Map<String, NavigableMap<YearMonth, BigDecimal>> values;

    private ParameterTimeline(Map<String, NavigableMap<YearMonth, BigDecimal>> values) {
        this.values = values;
    }

    public static ParameterTimeline empty() {
        return new ParameterTimeline(Map.of());
    }

    /** The defaults of issue 5: W = 3, T = 2, untaxed 135.00 MAD from 2022-01, amnesty off. */
    public static ParameterTimeline defaults() {
        YearMonth start = YearMonth.of(2022, 1);
        return empty().with(WAITING_MONTHS, start, BigDecimal.valueOf(3))
                .with(TOLERATED_ARREARS, start, BigDecimal.valueOf(2))
                .with(AMNESTY, start, BigDecimal.ZERO)
                .with(AMOUNT + Regime.UNTAXED, start, new BigDecimal("135.00"));
    }

    public ParameterTimeline with(String name, YearMonth from, BigDecimal value) {
        Map<String, NavigableMap<YearMonth, BigDecimal>> copy = new TreeMap<>();
        values.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
        copy.computeIfAbsent(name, k -> new TreeMap<>()).put(from, value);
        return new ParameterTimeline(copy);
    }

    public Optional<BigDecimal> at(String name, YearMonth month) {
        NavigableMap<YearMonth, BigDecimal> timeline = values.get(name);
        if (timeline == null) {
            return Optional.empty();
        }
        Map.Entry<YearMonth, BigDecimal> entry = timeline.floorEntry(month);
        if (entry == null) {
            // Before the first effective month the earliest value applies: the rule has no older version.
            entry = timeline.firstEntry();
        }
        return Optional.of(entry.getValue());
    }

    public RightsParameters rightsAt(YearMonth month) {
        return new RightsParameters(
                at(WAITING_MONTHS, month).map(BigDecimal::intValue).orElse(RightsParameters.DEFAULT.waitingMonths()),
                at(TOLERATED_ARREARS, month)
                        .map(BigDecimal::intValue)
                        .orElse(RightsParameters.DEFAULT.toleratedArrears()));
    }

    /** The monthly amount of a regime, when the chamber knows it. */
    public Optional<BigDecimal> amountAt(Regime regime, YearMonth month) {
        return at(AMOUNT + regime, month);
    }

    public boolean amnestyAt(YearMonth month) {
        return at(AMNESTY, month).map(v -> v.signum() != 0).orElse(false);
    }

    /** Which payments make an artisan entitled on a care date, under the parameters of that month. */
    public RetroactivePolicy policyAt(YearMonth month) {
        return amnestyAt(month) ? RetroactivePolicy.AMNESTY : RetroactivePolicy.STRICT;
    }
}
