package ma.hirfa.registry.artisan;

import java.util.Locale;
import java.util.function.Supplier;
import ma.hirfa.platform.Refusal;
import org.springframework.dao.DuplicateKeyException;

/**
 * Law 50.17's one active file per person as the database keeps it (ADR 0064): the unique index of migration V87,
 * a partial unique index on PostgreSQL (H2 keeps the rule by the check alone). {@link ArtisanRules} refuses a second
 * active file before anything is written; this turns the index's refusal of a writer that passed that check at
 * the same moment as another into the check's own answer, instead of the generic "changed meanwhile".
 */
public final class OneActiveFile {

    /** The index's name, in both vendors' V87. */
    public static final String INDEX = "reg_artisan_one_active_national_id";

    static final String TAKEN = "registry.artisan.nationalId.taken";

    private OneActiveFile() {}

    /**
     * Writes the file; when the index refuses it, the refusal of {@link ArtisanRules#check} (409 on the national id
     * field). The caller's transaction rolls back: nothing of it is kept (the other file's id is not named: the
     * transaction can no longer read on PostgreSQL).
     */
    public static <T> T write(Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException lost) {
            if (violatedBy(lost)) {
                throw Refusal.conflict(TAKEN).field("nationalId", TAKEN);
            }
            throw lost;
        }
    }

    /** Whether this failure is that index refusing a row (the database names it in its message). */
    public static boolean violatedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(INDEX)) {
                return true;
            }
        }
        return false;
    }
}
