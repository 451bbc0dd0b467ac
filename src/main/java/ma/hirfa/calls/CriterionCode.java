package ma.hirfa.calls;

/** The criteria a scoring grid may hold; their names are message keys {@code calls.criterion.<CODE>}. */
public enum CriterionCode {
    SENIORITY,
    MASTER_ARTISAN,
    COOPERATIVE,
    YOUNG_ARTISAN,
    WOMAN_LED,
    DISPLACED_BY_WORKS,
    CRAFT_DIVERSITY
}
