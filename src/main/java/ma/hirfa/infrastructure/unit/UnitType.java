package ma.hirfa.infrastructure.unit;

/** What a unit of a complex is used for. */
public enum UnitType {
    SHOP,
    WORKSHOP,
    SHOWROOM,
    STORAGE
}
