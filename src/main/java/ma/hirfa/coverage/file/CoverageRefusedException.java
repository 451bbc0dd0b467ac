package ma.hirfa.coverage.file;

import java.util.LinkedHashMap;
import java.util.Map;
import ma.hirfa.coverage.rights.Explanation;

/**
 * Input the coverage rules refuse, with one translated message per field; nothing was written. A conflict
 * (a different record of the same month) carries the existing record so that the user sees what is there.
 */
public class CoverageRefusedException extends RuntimeException {

    private final boolean conflict;
    private final Map<String, Explanation> problems;
    private final transient Object existing;

    public CoverageRefusedException(Map<String, Explanation> problems) {
        this(false, problems, null);
    }

    CoverageRefusedException(boolean conflict, Map<String, Explanation> problems, Object existing) {
        super(String.join(", ", problems.keySet()));
        this.conflict = conflict;
        this.problems = new LinkedHashMap<>(problems);
        this.existing = existing;
    }

    public static CoverageRefusedException of(String field, String key, Object... args) {
        return new CoverageRefusedException(Map.of(field, Explanation.of(key, args)));
    }

    static CoverageRefusedException conflict(String field, String key, Object existing) {
        return new CoverageRefusedException(true, Map.of(field, Explanation.of(key)), existing);
    }

    public boolean conflict() {
        return conflict;
    }

    public Map<String, Explanation> problems() {
        return problems;
    }

    public Object existing() {
        return existing;
    }
}
