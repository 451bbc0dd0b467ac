package ma.hirfa.registry;

/** A registered artisan was suspended; their card verifies as suspended until they are reinstated. */
public record ArtisanSuspended(long artisanId, String regionCode, String reason) {}
