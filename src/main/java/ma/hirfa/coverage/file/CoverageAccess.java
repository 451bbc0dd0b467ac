package ma.hirfa.coverage.file;

import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import ma.hirfa.registry.artisan.ArtisanProfile;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see health-related data: coverage officers (their region) and administrators, nobody else. An
 * artisan outside the officer's region is not found, as in the register. Reads are written to the audit trail.
 */
@Component
public class CoverageAccess {

    public static final String ENTITY = "CoverageFile";

    private final CurrentUsers users;
    private final RegisteredArtisans artisans;
    private final AuditTrail audit;

    CoverageAccess(CurrentUsers users, RegisteredArtisans artisans, AuditTrail audit) {
        this.users = users;
        this.artisans = artisans;
        this.audit = audit;
    }

    public CurrentUser officer() {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.COVERAGE_OFFICER, Role.ADMIN)) {
            throw new AccessDeniedException("health-related data");
        }
        return user;
    }

    /** The artisan, when the user may see their coverage; 403 for other roles, 404 outside the region. */
    public ArtisanProfile artisan(long artisanId) {
        officer();
        return artisans.profile(artisanId).orElseThrow(() -> Refusal.notFound("Artisan", artisanId));
    }

    /** The region the user's lists are limited to, null for administrators. */
    public String region() {
        return officer().scope().restriction().orElse(null);
    }

    /**
     * Records a read of health data. It writes, so the services that call it run in read-write transactions
     * (PostgreSQL refuses the audit chain's row lock in a read-only one).
     */
    public void read(Object artisanId, String regionCode, String what) {
        audit.read(ENTITY, artisanId, regionCode, new Read(what));
    }

    record Read(String what) {}
}
