package ma.hirfa.registry.artisan;

public enum ArtisanStatus {
    DRAFT,
    SUBMITTED,
    REGISTERED,
    RETURNED,
    REJECTED,
    SUSPENDED,
    STRUCK_OFF
}
