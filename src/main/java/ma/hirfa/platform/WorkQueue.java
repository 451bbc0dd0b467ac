package ma.hirfa.platform;

import java.util.List;

/**
 * What a module puts on the home page for the signed-in user: the counts of what waits for them, each linked to
 * the list filtered to those rows, within their region scope (ADR 0035). Modules declare a bean of this type, as
 * they do for {@link Navigation}; the platform gathers them and depends on none.
 */
public interface WorkQueue {

    /** The lines of the user's queue; empty when the module has nothing for this role. */
    List<HomeItem> itemsFor(CurrentUser user);

    /** Tables of counts for national roles, with names in the reader's language; none by default. */
    default List<HomeTable> tablesFor(CurrentUser user, Language language) {
        return List.of();
    }
}
