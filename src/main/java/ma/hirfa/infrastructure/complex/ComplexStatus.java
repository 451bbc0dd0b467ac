package ma.hirfa.infrastructure.complex;

/** Where a complex stands, from the first study to shops open to the public. */
public enum ComplexStatus {
    STUDY,
    UNDER_CONSTRUCTION,
    DELIVERED,
    IN_OPERATION
}
