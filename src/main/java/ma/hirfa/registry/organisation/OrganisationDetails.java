package ma.hirfa.registry.organisation;

/** What the chamber records about an organisation, normalised; crafts and members are kept beside it. */
record OrganisationDetails(
        OrganisationKind kind,
        String nameAr,
        String nameFr,
        String ice,
        String tradeRegister,
        String addressLine,
        String provinceCode,
        String communeCode,
        Long supervisorId) {}
