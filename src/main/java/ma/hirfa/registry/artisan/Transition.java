package ma.hirfa.registry.artisan;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user can do to a file, the status it leads to, and whether a reason must be given. Public only so
 * that page templates can read it; the module's API stays its base package.
 */
public enum Transition {
    SUBMIT(ArtisanStatus.SUBMITTED, false, false),
    APPROVE(ArtisanStatus.REGISTERED, false, true),
    RETURN(ArtisanStatus.RETURNED, true, true),
    REJECT(ArtisanStatus.REJECTED, true, true),
    SUSPEND(ArtisanStatus.SUSPENDED, true, true),
    STRIKE_OFF(ArtisanStatus.STRUCK_OFF, true, true),
    REINSTATE(ArtisanStatus.REGISTERED, true, true);

    private final ArtisanStatus target;
    private final boolean needsReason;
    private final boolean reviewerOnly;

    Transition(ArtisanStatus target, boolean needsReason, boolean reviewerOnly) {
        this.target = target;
        this.needsReason = needsReason;
        this.reviewerOnly = reviewerOnly;
    }

    public ArtisanStatus target() {
        return target;
    }

    public boolean needsReason() {
        return needsReason;
    }

    /** Decisions belong to a reviewer (chamber manager or administrator), not to the agent who prepares. */
    public boolean reviewerOnly() {
        return reviewerOnly;
    }

    public boolean allowedFrom(ArtisanStatus current) {
        return switch (this) {
            case APPROVE -> current == ArtisanStatus.SUBMITTED;
            case REINSTATE -> current == ArtisanStatus.SUSPENDED || current == ArtisanStatus.STRUCK_OFF;
            default -> current.canMoveTo(target);
        };
    }

    /** The path segment of the API ({@code strike-off}) and of the page form. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Transition> ofSlug(String slug) {
        for (Transition t : values()) {
            if (t.slug().equals(slug)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
