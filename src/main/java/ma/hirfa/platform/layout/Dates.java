package ma.hirfa.platform.layout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Formats instants for pages ({@code ${@dates.dateTime(x)}}) in Moroccan time, digits left to right. */
@Component("dates")
class Dates {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Africa/Casablanca"));

    /** A value kept left to right inside a sentence of any direction (Unicode isolate), e.g. a date in Arabic. */
    public String isolated(Object value) {
        return value == null ? "—" : "\u2066" + value + "\u2069";
    }

    public String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant);
    }
}
