package ma.hirfa.registry.duplicate;

import ma.hirfa.matching.DuplicatePair;
import ma.hirfa.registry.artisan.ArtisanSummary;

/** A pair of the review queue with the two files' names, for the queue page. */
record DuplicatePairView(DuplicatePair pair, ArtisanSummary a, ArtisanSummary b) {}
