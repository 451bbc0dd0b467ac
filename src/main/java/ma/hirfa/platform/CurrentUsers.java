package ma.hirfa.platform;

import java.util.Optional;
import ma.hirfa.platform.security.HirfaPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Gives the user of the current request. */
@Component
public class CurrentUsers {

    public Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HirfaPrincipal principal) {
            return Optional.of(principal.toCurrentUser());
        }
        return Optional.empty();
    }

    /**
     * Makes this thread act as a technical user (seeding, batch jobs), so that rules, region scope and the
     * audit trail apply as for a person. Call {@link #clear()} when done.
     */
    public void actAs(String username, Role role, String regionCode) {
        HirfaPrincipal principal = new HirfaPrincipal(0, username, "", username, null, role, regionCode, null, true);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public void clear() {
        SecurityContextHolder.clearContext();
    }

    /** The current user; fails when nobody is signed in, which the security rules make impossible. */
    public CurrentUser current() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
