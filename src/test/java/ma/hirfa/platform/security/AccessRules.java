package ma.hirfa.platform.security;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import ma.hirfa.platform.Role;

/**
 * What the access matrix expects, as a few rules rather than a list of endpoints (ADR 0045), so that an operation
 * added later is judged without touching this class. A rule says who must NOT get a 2xx; everything else may
 * (the module's own tests say who must).
 */
final class AccessRules {

    /**
     * The path segment just before a variable → the kind of file it names (the keys of {@link RegionData#ids}). A
     * key "module/segment" names the kind that segment means in that module only ({@link #kindOf}), for a word two
     * modules use: {@code applications} are VAE applications, but under {@code /calls} applications to a call.
     */
    static final Map<String, String> KINDS = Map.ofEntries(
            entry("artisans", "artisan"),
            entry("members", "artisan"),
            entry("letters", "artisan"),
            entry("{kinds}", "organisation"),
            entry("organisations", "organisation"),
            entry("claims", "claim"),
            entry("beneficiaries", "beneficiary"),
            entry("sessions", "session"),
            entry("enrolments", "enrolment"),
            entry("programmes", "programme"),
            entry("contracts", "contract"),
            entry("logbook", "entry"),
            entry("applications", "application"),
            entry("juries", "jury"),
            entry("complexes", "complex"),
            entry("projects", "project"),
            entry("units", "unit"),
            entry("leases", "lease"),
            entry("calls", "call"),
            entry("calls/applications", "callApplication"));

    /** Kinds that belong to no region (the training catalogue). */
    static final Set<String> NATIONAL = Set.of("programme");

    /** Variables that are words rather than ids, with the value the matrix uses. */
    static final Map<String, String> WORDS =
            Map.of("kinds", "cooperatives", "action", "suspend", "craftCode", "P02", "level", "SPECIALISATION");

    /** What a variable of a kind the matrix cannot make gets: nobody may get a 2xx, and nobody a 500. */
    static final long UNKNOWN = 987_654_321L;

    /** Health data under Law 09-08: only administrators and the region's coverage officers. */
    static final List<String> HEALTH_PREFIXES = List.of("/api/v1/coverage/", "/coverage");

    /** Audit record types that are health data (`CoverageAuditTypes`), asked for through `entityType`. */
    static final List<String> HEALTH_AUDIT_TYPES = List.of("CoverageFile", "CoverageContribution", "CoverageClaim");

    /** POSTs that only read (nothing is saved), judged as reads: the duplicate check of a form. */
    static final Set<String> READS_BY_POST = Set.of("/api/v1/registry/artisans/candidates");

    /**
     * Writes an artisan makes for themselves, the body naming no one else: their own VAE application, an application
     * to a call. An artisan may get a 2xx (or a 400 for a wrong body) there.
     */
    static final List<String> ARTISAN_OWN_WRITES = List.of("POST /api/v1/vae/applications", "POST /api/v1/calls/");

    /**
     * Areas a role has no part in, reads included (`ApiRoles`): the coverage officer works on health data only,
     * and complexes are the chamber's and the ministry's business.
     */
    static final Map<String, Set<Role>> CLOSED_AREAS = Map.of(
            "/api/v1/infrastructure/", Set.of(Role.COVERAGE_OFFICER, Role.ARTISAN),
            "/infrastructure", Set.of(Role.COVERAGE_OFFICER, Role.ARTISAN),
            "/api/v1/calls", Set.of(Role.COVERAGE_OFFICER),
            "/calls", Set.of(Role.COVERAGE_OFFICER));

    /** What an anonymous visitor may read. */
    static final List<String> PUBLIC = List.of("GET /api/v1/reference/", "GET /login", "GET /verify/");

    /** A Java stack frame or a qualified exception name: what no answer may show. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\))|(\\b(java|org|ma|tools)\\.[\\w.]+(Exception|Error)\\b)");

    private AccessRules() {}

    /** The kind named by the variable after {@code segment} in {@code path}: the module's own meaning first. */
    static String kindOf(String path, String segment) {
        String rest = path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()) : path.substring(1);
        String module = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        return KINDS.getOrDefault(module + "/" + segment, KINDS.get(segment));
    }

    static boolean showsStackTrace(String body) {
        return STACK_TRACE.matcher(body).find();
    }

    /** Whether the caller may get a 2xx for the row (a request of the matrix). */
    static boolean mayReach(Caller caller, MatrixRow row) {
        if (row.unknownId()) {
            return false;
        }
        if (caller.role() == null) {
            return PUBLIC.stream().anyMatch(p -> (row.method() + " " + row.path()).startsWith(p));
        }
        if (CLOSED_AREAS.entrySet().stream()
                .anyMatch(a -> row.path().startsWith(a.getKey()) && a.getValue().contains(caller.role()))) {
            return false;
        }
        if (row.health()) {
            return caller.role() == Role.ADMIN || (caller.role() == Role.COVERAGE_OFFICER && sameRegion(caller, row));
        }
        if (caller.role() == Role.ARTISAN) {
            // The artisan's own file is none of the matrix's files: every file is someone else's.
            return row.region() == null
                    && (!row.writes()
                            || ARTISAN_OWN_WRITES.stream()
                                    .anyMatch(w -> (row.method() + " " + row.path()).startsWith(w)));
        }
        if (caller.role().readOnly() && row.writes()) {
            return false;
        }
        return !caller.role().regional() || sameRegion(caller, row);
    }

    /**
     * Texts the caller must never receive, in any answer: another region's files for regional staff, health data
     * for anyone but administrators and the region's coverage officer, everything for an artisan or a visitor.
     */
    static List<String> forbiddenMarkers(Caller caller, List<RegionData> regions) {
        List<String> forbidden = new ArrayList<>();
        for (RegionData data : regions) {
            boolean own = caller.role() != null
                    && (!caller.role().regional() || data.region().equals(caller.region()))
                    && caller.role() != Role.ARTISAN;
            if (!own) {
                forbidden.addAll(data.markers());
            }
            boolean health = caller.role() == Role.ADMIN || (caller.role() == Role.COVERAGE_OFFICER && own);
            if (!health) {
                forbidden.addAll(data.healthMarkers());
            }
        }
        return forbidden;
    }

    /** Whether the caller may receive audit records of health data (asked for with `entityType`). */
    static boolean mayReadHealthAudit(Caller caller) {
        return caller.role() == Role.ADMIN || caller.role() == Role.COVERAGE_OFFICER;
    }

    static boolean isHealth(String path) {
        return HEALTH_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private static boolean sameRegion(Caller caller, MatrixRow row) {
        return row.region() == null || row.region().equals(caller.region());
    }
}
