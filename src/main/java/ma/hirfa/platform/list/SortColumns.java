package ma.hirfa.platform.list;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The columns a list may be sorted on: a key the page sends ({@code name}) mapped to the SQL that sorts it
 * ({@code last_name_lat}). A key not in the map falls back to the default, so the request never reaches the
 * SQL text. The tie-breaker ({@code id desc}) keeps pages stable when many rows share a value.
 */
public final class SortColumns {

    private final Map<String, String> columns;
    private final String defaultKey;
    private final boolean defaultAscending;
    private final String tieBreaker;

    private SortColumns(Map<String, String> columns, String defaultKey, boolean defaultAscending, String tieBreaker) {
        if (!columns.containsKey(defaultKey)) {
            throw new IllegalArgumentException("default sort " + defaultKey + " is not an allowed column");
        }
        this.columns = Map.copyOf(columns);
        this.defaultKey = defaultKey;
        this.defaultAscending = defaultAscending;
        this.tieBreaker = tieBreaker;
    }

    /** Starts with the default sort: its key, its SQL, and whether it runs ascending. */
    public static Builder by(String defaultKey, String sql, boolean ascending) {
        return new Builder(defaultKey, sql, ascending);
    }

    /** The sort the request asked for if allowed, otherwise the default; direction {@code asc} or {@code desc}. */
    public Sort resolve(String key, String direction) {
        if (key == null || !columns.containsKey(key)) {
            return new Sort(defaultKey, defaultAscending, columns.get(defaultKey), tieBreaker, true);
        }
        boolean ascending = direction == null ? true : !"desc".equalsIgnoreCase(direction.strip());
        return new Sort(key, ascending, columns.get(key), tieBreaker, false);
    }

    public static final class Builder {
        private final Map<String, String> columns = new LinkedHashMap<>();
        private final String defaultKey;
        private final boolean defaultAscending;
        private String tieBreaker = "id desc";

        private Builder(String defaultKey, String sql, boolean ascending) {
            this.defaultKey = defaultKey;
            this.defaultAscending = ascending;
            columns.put(defaultKey, sql);
        }

        public Builder or(String key, String sql) {
            columns.put(key, sql);
            return this;
        }

        public Builder tieBreaker(String sql) {
            this.tieBreaker = sql;
            return this;
        }

        public SortColumns build() {
            return new SortColumns(columns, defaultKey, defaultAscending, tieBreaker);
        }
    }
}
