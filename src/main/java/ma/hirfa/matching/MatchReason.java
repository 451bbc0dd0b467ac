package ma.hirfa.matching;

/**
 * Why two records were judged alike or apart; each is shown to reviewers through the message key
 * {@code matching.reason.<NAME>} ({@link #messageKey()}).
 */
public enum MatchReason {
    NATIONAL_ID_EQUAL,
    NATIONAL_ID_TYPO,
    NATIONAL_ID_DIFFERENT,
    BIRTH_DATE_EQUAL,
    BIRTH_DATE_DAY_MONTH_SWAPPED,
    BIRTH_DATE_CLOSE,
    BIRTH_DATE_DIFFERENT,
    PROVINCE_EQUAL,
    PROVINCE_DIFFERENT,
    PHONE_EQUAL,
    NAME_EQUAL,
    NAME_SIMILAR,
    NAME_CROSS_SCRIPT,
    NAME_SWAPPED,
    NAME_DIFFERENT;

    public String messageKey() {
        return "matching.reason." + name();
    }

    /** True when the reason speaks against the two records being the same person. */
    public boolean isDisagreement() {
        return this == NATIONAL_ID_DIFFERENT
                || this == BIRTH_DATE_DIFFERENT
                || this == BIRTH_DATE_CLOSE
                || this == PROVINCE_DIFFERENT
                || this == NAME_DIFFERENT;
    }
}
