package ma.hirfa.registry.duplicate;

import ma.hirfa.matching.DuplicatePair;
import ma.hirfa.registry.artisan.ArtisanView;

/**
 * A pair of the review queue with both files as the reader sees them: names, province and birth year, so that
 * namesakes can be told apart before opening the pair.
 */
record DuplicatePairView(DuplicatePair pair, ArtisanView a, ArtisanView b) {}
