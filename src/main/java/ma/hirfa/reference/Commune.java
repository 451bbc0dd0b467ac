package ma.hirfa.reference;

/** A commune; {@code kind} is MUNICIPALITY or RURAL. */
public record Commune(String code, String provinceCode, String kind, Names names) {}
