package ma.hirfa.registry.organisation;

import ma.hirfa.registry.artisan.ArtisanStatus;
import ma.hirfa.registry.artisan.Transition;

/**
 * Where the registration of a cooperative or an enterprise stands. Its names are those stored in
 * {@code reg_organisation.status} and shown by the API; organisations are never merged. The steps between them
 * are the register's shared maker-checker workflow ({@link Transition}), read here by name so that both kinds of
 * file follow one set of rules.
 */
public enum OrganisationStatus {
    DRAFT,
    SUBMITTED,
    REGISTERED,
    RETURNED,
    REJECTED,
    SUSPENDED,
    STRUCK_OFF;

    /** The file's details may be edited freely only before it is registered. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the workflow step may be taken from this status. */
    public boolean allows(Transition transition) {
        return transition.allowedFrom(ArtisanStatus.valueOf(name()));
    }

    /** The status a workflow step leads to. */
    public static OrganisationStatus reachedBy(Transition transition) {
        return valueOf(transition.target().name());
    }
}
