package ma.hirfa.infrastructure.project;

/** Who promised the money of a funding line; a partner's line names the partner. */
enum FundingSource {
    MINISTRY,
    REGION,
    CHAMBER,
    PARTNER
}
