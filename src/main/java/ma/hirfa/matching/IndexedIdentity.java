package ma.hirfa.matching;

/** An artisan as the identity index knows it: the identity plus where it belongs and its registration number. */
public record IndexedIdentity(long artisanId, String regionCode, String registrationNumber, IdentityRecord identity) {}
