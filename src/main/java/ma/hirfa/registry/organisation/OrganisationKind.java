package ma.hirfa.registry.organisation;

import java.util.Optional;

/** A cooperative or an enterprise of handicrafts; the API names them in the plural in its paths. */
public enum OrganisationKind {
    COOPERATIVE("cooperatives"),
    ENTERPRISE("enterprises");

    private final String plural;

    OrganisationKind(String plural) {
        this.plural = plural;
    }

    public String plural() {
        return plural;
    }

    static Optional<OrganisationKind> ofPlural(String plural) {
        for (OrganisationKind kind : values()) {
            if (kind.plural.equals(plural)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
