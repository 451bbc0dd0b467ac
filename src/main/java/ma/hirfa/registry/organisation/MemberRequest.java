package ma.hirfa.registry.organisation;

/** Body of a new membership: a registered artisan of the organisation's region and a role. */
record MemberRequest(Long artisanId, MemberRole role) {}
