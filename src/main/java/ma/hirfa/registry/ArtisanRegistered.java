package ma.hirfa.registry;

/**
 * A file of the register was approved and holds its registration number from now on. Published by the
 * registration workflow in the transaction of the approval.
 */
public record ArtisanRegistered(long artisanId, String regionCode, String registrationNumber) {}
