package ma.hirfa.infrastructure.unit;

/** Where a unit stands; every change is kept in {@code infra_unit_status}. */
public enum UnitStatus {
    VACANT("#2f6f4f"),
    RESERVED("#c9a27a"),
    ALLOCATED("#7a3b12"),
    UNDER_WORKS("#0d6efd"),
    OUT_OF_SERVICE("#6c757d");

    private final String colour;

    UnitStatus(String colour) {
        this.colour = colour;
    }

    /** The fill of the unit on the floor plan (a presentation attribute: the strict CSP allows no inline style). */
    public String colour() {
        return colour;
    }

    /** The text colour that stays readable on {@link #colour()}. */
    public String ink() {
        return this == RESERVED ? "#1d1d1d" : "#ffffff";
    }
}
