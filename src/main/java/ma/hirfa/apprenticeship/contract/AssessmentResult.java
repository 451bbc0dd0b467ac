package ma.hirfa.apprenticeship.contract;

/** Outcome of the final assessment; only a pass earns a certificate. */
public enum AssessmentResult {
    PASSED,
    FAILED
}
