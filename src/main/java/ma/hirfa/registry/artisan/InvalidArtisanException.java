package ma.hirfa.registry.artisan;

import java.util.Map;

/** Rules that need the database (region, uniqueness, reference data) failed: field (or "") to message key. */
public class InvalidArtisanException extends RuntimeException {

    private final Map<String, String> problems;

    InvalidArtisanException(Map<String, String> problems) {
        super("Invalid artisan: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
