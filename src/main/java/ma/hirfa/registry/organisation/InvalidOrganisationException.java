package ma.hirfa.registry.organisation;

import java.util.Map;

/** Rules that need the database (region, reference data, members) failed: field (or "") to message key. */
class InvalidOrganisationException extends RuntimeException {

    private final Map<String, String> problems;

    InvalidOrganisationException(Map<String, String> problems) {
        super("Invalid organisation: " + problems);
        this.problems = Map.copyOf(problems);
    }

    InvalidOrganisationException(String field, String key) {
        this(Map.of(field, key));
    }

    Map<String, String> problems() {
        return problems;
    }
}
