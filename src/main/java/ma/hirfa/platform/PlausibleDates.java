package ma.hirfa.platform;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The range of years any date Hirfa reads may take (ADR 0041). Request parameters and JSON fields outside it are
 * refused before a controller runs (a date in year 999999999 once made the rights rule fill the heap); a service
 * doing month-by-month work checks its own inputs too, so no caller can make it unbounded.
 */
public final class PlausibleDates {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;
    public static final String KEY = "platform.type.dateRange";

    private PlausibleDates() {}

    public static boolean plausible(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    public static boolean plausible(LocalDate date) {
        return date == null || plausible(date.getYear());
    }

    public static boolean plausible(YearMonth month) {
        return month == null || plausible(month.getYear());
    }

    /** A 400 naming the field, e.g. "month: a year from 1900 to 2100". */
    public static Refusal refusal(String field) {
        return Refusal.invalidField(field, KEY, MIN_YEAR, MAX_YEAR);
    }

    public static void check(String field, LocalDate date) {
        if (!plausible(date)) {
            throw refusal(field);
        }
    }

    public static void check(String field, YearMonth month) {
        if (!plausible(month)) {
            throw refusal(field);
        }
    }
}
