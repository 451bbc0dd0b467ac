package ma.hirfa.reference;

public record Region(String code, Names names) {}
