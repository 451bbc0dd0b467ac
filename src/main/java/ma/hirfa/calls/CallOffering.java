package ma.hirfa.calls;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a module offers through calls for applications (units of a complex, places in a support programme). The
 * offering module declares one bean per kind; the calls module asks it what a call may offer, how to name its
 * owner, and which of its own rules an applicant fails. The calls module checks the common rules itself
 * (registered, of the call's region, not suspended or struck off).
 */
public interface CallOffering {

    /** Stable name of the kind of call, stored with each call, e.g. {@code infrastructure.units}. */
    String kind();

    /** What a call of this owner (e.g. a complex) may offer now, within the current user's region. */
    List<OfferedItem> offerable(long ownerId);

    /** The owner's name in the page's language, for pages and minutes. */
    String ownerName(long ownerId, Locale locale);

    /**
     * The rules of the offering module that this applicant fails for this owner (e.g. arrears on another lease,
     * a craft that does not fit the complex), as message keys; empty when eligible.
     */
    List<String> refusals(Applicant applicant, long ownerId);

    /**
     * The offering module's page that uses a final ranking (e.g. the allocation of a complex's units), linked from
     * the call page once the ranking is final; empty when the module has none.
     */
    default Optional<String> afterFinal(long callId, long ownerId) {
        return Optional.empty();
    }
}
