package ma.hirfa.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password authentication (form login and HTTP Basic) behind the login throttle. Every failure,
 * including a locked name, surfaces as the same bad-credentials error.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(
            HirfaUserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = HirfaUserDetailsService.normalise(authentication.getName());
        // Counted per account and address: five bad passwords from elsewhere do not lock the owner out.
        String counter = LoginThrottle.counter(username, address(authentication));
        if (throttle.isLocked(counter)) {
            throw new BadCredentialsException("Bad credentials");
        }
        try {
            Authentication result = delegate.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, authentication.getCredentials()));
            throttle.reset(counter);
            HirfaPrincipal principal = ((HirfaPrincipal) result.getPrincipal()).withoutPassword();
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        } catch (AuthenticationException failure) {
            throttle.recordFailure(counter);
            throw new BadCredentialsException("Bad credentials");
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "-";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
