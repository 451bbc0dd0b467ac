package ma.hirfa.registry.card;

/** Stored status of a card; "expired" is not stored, it follows from the date. */
public enum CardStatus {
    VALID,
    SUSPENDED,
    REVOKED,
    REPLACED
}
