package ma.hirfa.registry;

/** A registered artisan was struck off the register; their card verifies as revoked. */
public record ArtisanStruckOff(long artisanId, String regionCode, String reason) {}
