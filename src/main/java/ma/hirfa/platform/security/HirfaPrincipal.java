package ma.hirfa.platform.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated user kept in the (database-stored) session; serializable by design. */
public final class HirfaPrincipal implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final String displayNameAr;
    private final Role role;
    private final String regionCode;
    private final Long artisanId;
    private final boolean enabled;

    public HirfaPrincipal(
            long id,
            String username,
            String passwordHash,
            String displayName,
            String displayNameAr,
            Role role,
            String regionCode,
            Long artisanId,
            boolean enabled) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.displayNameAr = displayNameAr;
        this.role = role;
        this.regionCode = regionCode;
        this.artisanId = artisanId;
        this.enabled = enabled;
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, displayNameAr, role, regionCode, artisanId);
    }

    /** A copy without the password hash, for what stays in the session after login. */
    HirfaPrincipal withoutPassword() {
        return new HirfaPrincipal(id, username, "", displayName, displayNameAr, role, regionCode, artisanId, enabled);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
