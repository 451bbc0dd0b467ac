package ma.hirfa.registry.artisan;

/** The person already holds an active registration (same national id). */
public class DuplicateArtisanException extends RuntimeException {

    private final long existingId;

    DuplicateArtisanException(long existingId) {
        super("Active registration " + existingId + " exists for this national id");
        this.existingId = existingId;
    }

    long existingId() {
        return existingId;
    }
}
