package ma.hirfa.training.session;

import java.time.LocalDate;

/** A filter of the session list, from the home page: sessions running today, or those still to start. */
enum SessionPeriod {
    TODAY,
    UPCOMING;

    boolean covers(TrainingSession session, LocalDate today) {
        return switch (this) {
            case TODAY -> session.includes(today);
            case UPCOMING -> session.startsOn().isAfter(today);
        };
    }
}
