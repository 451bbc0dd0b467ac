package ma.hirfa.training.report;

import java.util.Arrays;
import java.util.Locale;

/** What the training report groups by. */
enum ReportDimension {
    PROVINCE,
    CRAFT,
    SEX,
    AGE;

    static ReportDimension of(String value) {
        return Arrays.stream(values())
                .filter(d -> d.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst()
                .orElse(PROVINCE);
    }

    String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
