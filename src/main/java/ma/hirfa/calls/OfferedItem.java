package ma.hirfa.calls;

/** One thing a call offers, named by the offering module: {@code ref} is its stable id there (a unit's id). */
public record OfferedItem(String ref, String label) {}
