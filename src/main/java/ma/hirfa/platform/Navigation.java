package ma.hirfa.platform;

import java.util.List;

/** Modules add their entries to the main navigation by declaring a bean of this type. */
public interface Navigation {

    List<NavItem> itemsFor(CurrentUser user);
}
