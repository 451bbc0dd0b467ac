package ma.hirfa.vae.application;

/** The jury's decision on an application. */
public enum Outcome {
    FULL,
    PARTIAL,
    REFUSAL;

    public ApplicationStatus status() {
        return switch (this) {
            case FULL -> ApplicationStatus.VALIDATED;
            case PARTIAL -> ApplicationStatus.PARTIALLY_VALIDATED;
            case REFUSAL -> ApplicationStatus.REFUSED;
        };
    }
}
