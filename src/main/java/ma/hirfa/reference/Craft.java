package ma.hirfa.reference;

/** An activity of the crafts nomenclature; {@code category} is PRODUCTION or SERVICE. */
public record Craft(String code, String category, Names branch, Names names) {}
