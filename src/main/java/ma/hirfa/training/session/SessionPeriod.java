package ma.hirfa.training.session;

/**
 * A filter of the session list, from the home page: sessions running today, or those still to start. The SQL
 * of each is in {@link SessionListing#criteria}.
 */
enum SessionPeriod {
    TODAY,
    UPCOMING
}
