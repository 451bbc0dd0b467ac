package ma.hirfa.registry.organisation;

/** An active organisation already holds this ICE. */
class DuplicateIceException extends RuntimeException {

    private final long existingId;
    private final OrganisationKind existingKind;

    DuplicateIceException(long existingId, OrganisationKind existingKind) {
        super("Active organisation " + existingId + " holds this ICE");
        this.existingId = existingId;
        this.existingKind = existingKind;
    }

    long existingId() {
        return existingId;
    }

    /** Where the API shows the organisation that holds the ICE. */
    String link() {
        return "/api/v1/registry/" + existingKind.plural() + "/" + existingId;
    }
}
