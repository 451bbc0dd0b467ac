package ma.hirfa.platform.transfer;

/**
 * What the report page of a committed job tells the user happens next: a message key and, when the user may
 * follow it, a link (null otherwise).
 */
public record ImportFollowUp(String messageKey, String link) {}
