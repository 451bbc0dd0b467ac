package ma.hirfa.registry.artisan;

import java.util.Map;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/** Where a registration stands. Transitions not listed here are refused. */
@NamedInterface("artisans")
public enum ArtisanStatus {
    DRAFT,
    SUBMITTED,
    REGISTERED,
    RETURNED,
    REJECTED,
    SUSPENDED,
    STRUCK_OFF,
    /** Absorbed by a merge into another file of the same person; only undoing the merge leaves it. */
    MERGED;

    private static final Map<ArtisanStatus, Set<ArtisanStatus>> NEXT = Map.of(
            DRAFT, Set.of(SUBMITTED),
            RETURNED, Set.of(SUBMITTED),
            SUBMITTED, Set.of(REGISTERED, RETURNED, REJECTED),
            REGISTERED, Set.of(SUSPENDED, STRUCK_OFF),
            SUSPENDED, Set.of(REGISTERED, STRUCK_OFF),
            STRUCK_OFF, Set.of(REGISTERED),
            REJECTED, Set.of(),
            MERGED, Set.of());

    public boolean canMoveTo(ArtisanStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Personal data may be edited freely only before the file is registered. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** A person may hold one active registration; rejected, struck-off and merged files do not count. */
    public boolean active() {
        return this != REJECTED && this != STRUCK_OFF && this != MERGED;
    }
}
