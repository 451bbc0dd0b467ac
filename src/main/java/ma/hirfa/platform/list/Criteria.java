package ma.hirfa.platform.list;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import ma.hirfa.platform.RegionScope;

/**
 * The where-clause of a list or count query, built from the user's region scope first and the filters after,
 * with its bind arguments. Column names come from the calling code, never from the request; values are
 * always bound. The one place that turns a {@link RegionScope} into SQL.
 */
public final class Criteria {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();
    private boolean filtered;

    private Criteria() {}

    /**
     * Restricted to what the scope may see: rows of the user's region ({@code regionColumn}) for regional users;
     * for an artisan, the rows whose {@code ownFileColumn} is their file, or nothing when {@code ownFileColumn}
     * is null (the list is not one an artisan reads); nothing at all for a user without a scope.
     */
    public static Criteria scoped(RegionScope scope, String regionColumn, String ownFileColumn) {
        Criteria c = new Criteria();
        switch (scope.kind()) {
            case NATIONAL -> {}
            case REGION -> c.add(regionColumn + " = ?", scope.regionCode());
            case OWN_FILE -> {
                if (ownFileColumn == null || scope.artisanId() == null) {
                    c.add("1 = 0");
                } else {
                    c.add(ownFileColumn + " = ?", scope.artisanId());
                }
            }
            case NOTHING -> c.add("1 = 0");
        }
        return c;
    }

    /** Restricted to the user's region on {@code region_code}; artisans see nothing. */
    public static Criteria scoped(RegionScope scope) {
        return scoped(scope, "region_code", null);
    }

    /** No restriction (a check on a single record that the caller scopes otherwise). */
    public static Criteria unscoped() {
        return new Criteria();
    }

    /** A filter the user chose: an SQL condition with its {@code ?} arguments. */
    public Criteria filter(String condition, Object... values) {
        filtered = true;
        return add(condition, values);
    }

    /** {@code column = value} when the user chose a value (blank text and null mean "any"). */
    public Criteria equal(String column, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return this;
        }
        return filter(column + " = ?", value instanceof String s ? s.strip() : value);
    }

    /** {@code column = value.name()} for an enum filter. */
    public Criteria equal(String column, Enum<?> value) {
        return equal(column, value == null ? null : (Object) value.name());
    }

    /** A condition that is part of the list itself, not a user's search (it does not count as a filter). */
    public Criteria always(String condition, Object... values) {
        return add(condition, values);
    }

    private Criteria add(String condition, Object... values) {
        clauses.add(condition);
        Collections.addAll(args, values);
        return this;
    }

    /** {@code " where a and b"}, or an empty string when nothing restricts the query. */
    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /** {@code " and a and b"}, to follow a where-clause the caller already wrote. */
    public String and() {
        return clauses.isEmpty() ? "" : " and " + String.join(" and ", clauses);
    }

    public List<Object> args() {
        return Collections.unmodifiableList(args);
    }

    /** Whether the user searched (a filter beyond the scope): an empty list then means "nothing found". */
    public boolean filtered() {
        return filtered;
    }
}
