package ma.hirfa.matching;

/** Two records judged to be the same person; {@code recordIdA} is the one that came first in the input. */
public record MatchPair(String recordIdA, String recordIdB, MatchScore score) {}
