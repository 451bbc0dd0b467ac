package ma.hirfa.infrastructure.lease;

/** An eligible holder as a lease records it: who, of which region, under which name. */
record Holder(HolderKind kind, long id, String regionCode, String name) {}
