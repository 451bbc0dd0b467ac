package ma.hirfa.coverage.file;

/** A beneficiary's tie to the insured artisan. */
public enum Relation {
    SPOUSE,
    CHILD
}
