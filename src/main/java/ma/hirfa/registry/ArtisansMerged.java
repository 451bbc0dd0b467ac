package ma.hirfa.registry;

/**
 * Two files were found to be the same person: {@code absorbedId} now points to {@code survivorId} and leaves
 * search, the identity index and every list. An undone merge is an {@link ArtisanChanged} of the absorbed file.
 */
public record ArtisansMerged(long survivorId, long absorbedId, String regionCode) {}
