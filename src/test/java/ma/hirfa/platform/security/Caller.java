package ma.hirfa.platform.security;

import ma.hirfa.platform.Role;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;

/**
 * One account the security tests call with: its role (null for an anonymous visitor), region, and its
 * credentials for the API (a personal token) and a signed-in browser session for pages.
 */
record Caller(String name, Role role, String region, String credentials, WebSession browser, WebSession api) {

    static Caller anonymous(int port) {
        return new Caller("anonymous", null, null, null, new WebSession(port), new WebSession(port));
    }

    /**
     * A signed-in account; the API is called with a personal token, as a script would (and because a token is
     * checked in microseconds, where HTTP Basic runs bcrypt on every request).
     */
    static Caller of(int port, String username, String password, Role role, String region, String token) {
        WebSession browser = new WebSession(port);
        WebResponse login = browser.login(username, password);
        if (login.status() != 302 || login.location().contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + login.location());
        }
        return new Caller(username, role, region, "Bearer " + token, browser, new WebSession(port));
    }

    /** The headers that authenticate an API request (none for a visitor). */
    String[] auth(String... more) {
        if (credentials == null) {
            return more;
        }
        String[] headers = new String[more.length + 2];
        headers[0] = "Authorization";
        headers[1] = credentials;
        System.arraycopy(more, 0, headers, 2, more.length);
        return headers;
    }
}
