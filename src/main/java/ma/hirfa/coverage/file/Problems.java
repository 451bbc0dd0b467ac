package ma.hirfa.coverage.file;

import java.util.LinkedHashMap;
import java.util.Map;
import ma.hirfa.coverage.rights.Explanation;

/** Collects refusals field by field, so that the user learns every problem at once. */
final class Problems {

    private final Map<String, Explanation> found = new LinkedHashMap<>();

    void add(String field, String key, Object... args) {
        found.putIfAbsent(field, Explanation.of(key, args));
    }

    boolean has(String field) {
        return found.containsKey(field);
    }

    boolean any() {
        return !found.isEmpty();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new CoverageRefusedException(found);
        }
    }
}
