package ma.hirfa.registry.artisan;

import ma.hirfa.matching.DuplicatePair;

/** A pair of the review queue with the two files' names, for the queue page. */
record DuplicatePairView(DuplicatePair pair, ArtisanSummary a, ArtisanSummary b) {}
