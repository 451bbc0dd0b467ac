package ma.hirfa.registry.organisation;

/** Filters of the organisation list and API; every field is optional. {@code q} finds a name, ICE or number. */
record OrganisationSearch(String q, OrganisationKind kind, String province, OrganisationStatus status) {}
