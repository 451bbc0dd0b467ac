package ma.hirfa.platform.audit;

/** Result of re-computing the audit chain: how many links were checked and the first broken one. */
record ChainVerification(boolean intact, long checked, Long firstBrokenSeq) {}
