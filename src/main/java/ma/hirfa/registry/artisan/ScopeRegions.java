package ma.hirfa.registry.artisan;

import java.util.Set;
import ma.hirfa.platform.RegionScope;

/** The regions the matching module may read for a user: null for the whole country, empty for none. */
public final class ScopeRegions {

    private ScopeRegions() {}

    public static Set<String> of(RegionScope scope) {
        return switch (scope.kind()) {
            case NATIONAL -> null;
            case REGION -> Set.of(scope.regionCode());
            case OWN_FILE, NOTHING -> Set.of();
        };
    }
}
