package ma.hirfa.platform.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Arrays;
import ma.hirfa.platform.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which roles may call an area at all, checked on the URL before the request is read (ADR 0044): a user who may
 * not write to an area gets 403 even with an invalid body, instead of a 400 that would tell them the rules. These
 * are the widest sets; each service still checks its own rule (four eyes, own file, region) afterwards. Exports
 * of lists and reports are staff-only on pages and API alike.
 */
final class ApiRoles {

    private static final HttpMethod[] WRITES = {POST, PUT, PATCH, DELETE};
    private static final String[] STAFF_WRITERS = {"ADMIN", "CHAMBER_MANAGER", "CHAMBER_AGENT", "FIELD_AGENT"};
    private static final String[] HEALTH = {"ADMIN", "COVERAGE_OFFICER"};
    /** Who runs a call (`CallRoles.staff`): drafts it, edits its grid, opens, closes, seats the committee. */
    private static final String[] CALL_STAFF = {"ADMIN", "CHAMBER_MANAGER", "CHAMBER_AGENT"};

    /** Complexes, projects, units and leases, pages and API: the chamber's staff and the ministry (their menu). */
    static final String[] INFRASTRUCTURE = {"/infrastructure/**", "/api/v1/infrastructure/**"};

    static final String[] INFRASTRUCTURE_READERS = {
        "ADMIN", "MINISTRY", "CHAMBER_MANAGER", "CHAMBER_AGENT", "FIELD_AGENT"
    };

    /** Calls, pages and API: everyone but the coverage officer, whose work is health data only. */
    static final String[] CALLS = {"/calls", "/calls/**", "/api/v1/calls", "/api/v1/calls/**"};

    static final String[] CALL_READERS = {
        "ADMIN", "MINISTRY", "CHAMBER_MANAGER", "CHAMBER_AGENT", "FIELD_AGENT", "ARTISAN"
    };

    /** Lists and reports as files: every role but the artisan, who has their own file only. */
    static final String[] STAFF_EXPORTS = {
        "/registry/artisans/export",
        "/registry/artisans/search/export",
        "/*/reports",
        "/*/reports.*",
        "/api/v1/registry/artisans/export",
        "/api/v1/registry/artisans/search/export",
        "/api/v1/training/reports"
    };

    private ApiRoles() {}

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(STAFF_EXPORTS).hasAnyRole(staff());
        // Health data: the coverage API as a whole, reads included.
        api.requestMatchers("/api/v1/coverage/**").hasAnyRole(HEALTH);
        for (HttpMethod method : WRITES) {
            // A duplicate check reads: it stays open to every role that may read the register.
            api.requestMatchers(method, "/api/v1/registry/artisans/candidates").authenticated();
            // A new file is recorded by staff; an artisan asks for changes to their own file only.
            api.requestMatchers(method, "/api/v1/registry/artisans").hasAnyRole(STAFF_WRITERS);
            api.requestMatchers(method, "/api/v1/registry/cooperatives/**", "/api/v1/registry/enterprises/**")
                    .hasAnyRole(STAFF_WRITERS);
            api.requestMatchers(method, "/api/v1/registry/**").hasAnyRole(with(STAFF_WRITERS, "ARTISAN"));
            api.requestMatchers(method, "/api/v1/training/**", "/api/v1/apprenticeship/**")
                    .hasAnyRole(STAFF_WRITERS);
            // Calls for applications: a committee member (any staff account seated on it) declares and scores;
            // an artisan applies and appeals for themselves; the rest is the chamber's (CallRoles).
            api.requestMatchers(
                            method,
                            "/api/v1/calls/*/applications/*/declarations",
                            "/api/v1/calls/*/applications/*/scores")
                    .hasAnyRole(STAFF_WRITERS);
            api.requestMatchers(method, "/api/v1/calls/*/applications", "/api/v1/calls/*/applications/*/appeals")
                    .hasAnyRole(with(CALL_STAFF, "ARTISAN"));
            api.requestMatchers(method, "/api/v1/calls", "/api/v1/calls/**").hasAnyRole(CALL_STAFF);
            // Complexes, projects, units and leases: staff who work on the ground; the ministry reads only.
            api.requestMatchers(method, "/api/v1/infrastructure/**").hasAnyRole(STAFF_WRITERS);
            api.requestMatchers(method, "/api/v1/vae/frameworks/**").hasRole("ADMIN");
            api.requestMatchers(method, "/api/v1/vae/juries/**")
                    .hasAnyRole("ADMIN", "CHAMBER_MANAGER", "CHAMBER_AGENT");
            api.requestMatchers(method, "/api/v1/vae/**").hasAnyRole(with(STAFF_WRITERS, "ARTISAN"));
        }
        // Reads, after the writes above: whole areas closed to a role (pages too, in the page chain).
        api.requestMatchers(INFRASTRUCTURE).hasAnyRole(INFRASTRUCTURE_READERS);
        api.requestMatchers(CALLS).hasAnyRole(CALL_READERS);
    }

    static String[] staff() {
        return Arrays.stream(Role.values())
                .filter(r -> r != Role.ARTISAN)
                .map(Role::name)
                .toArray(String[]::new);
    }

    private static String[] with(String[] roles, String more) {
        String[] all = Arrays.copyOf(roles, roles.length + 1);
        all[roles.length] = more;
        return all;
    }
}
