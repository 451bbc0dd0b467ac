package ma.hirfa.coverage.file;

/** Where a contribution was learned from. */
public enum ContributionSource {
    API,
    PAGE,
    FUND_FILE,
    DEMO
}
