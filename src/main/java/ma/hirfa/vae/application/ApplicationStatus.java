package ma.hirfa.vae.application;

/**
 * Where an application stands: drafted (evidence being gathered), found eligible or not, scheduled before a
 * jury, then decided (full or partial validation, or refusal).
 */
public enum ApplicationStatus {
    DRAFT,
    ELIGIBLE,
    INELIGIBLE,
    SCHEDULED,
    VALIDATED,
    PARTIALLY_VALIDATED,
    REFUSED;

    public boolean decided() {
        return this == VALIDATED || this == PARTIALLY_VALIDATED || this == REFUSED;
    }
}
