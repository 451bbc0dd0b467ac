package ma.hirfa.reference;

/** A province or prefecture; {@code kind} is PROVINCE or PREFECTURE. */
public record Province(String code, String regionCode, String kind, Names names) {}
