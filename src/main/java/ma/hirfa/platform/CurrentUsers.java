package ma.hirfa.platform;

import java.util.Optional;
import ma.hirfa.platform.security.HirfaPrincipal;
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

    /** The current user; fails when nobody is signed in, which the security rules make impossible. */
    public CurrentUser current() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
