package ma.hirfa.platform.list;

/**
 * A resolved sort: the allowed key and direction the page shows, and the SQL it stands for. Built only by
 * {@link SortColumns#resolve}, so {@link #orderBy()} holds nothing the user typed.
 */
public record Sort(String key, boolean ascending, String sql, String tieBreaker, boolean byDefault) {

    /** {@code " order by <column> asc|desc, <tie-breaker>"}. */
    public String orderBy() {
        String order = " order by " + sql + (ascending ? " asc" : " desc");
        return tieBreaker == null || tieBreaker.isBlank() ? order : order + ", " + tieBreaker;
    }

    /** The value of {@code aria-sort} for the header of this column. */
    public String ariaSort(String column) {
        if (!key.equals(column)) {
            return "none";
        }
        return ascending ? "ascending" : "descending";
    }

    /** The direction a click on this column's header asks for: the other one if it is the sorted column. */
    public String nextDirection(String column) {
        return key.equals(column) && ascending ? "desc" : "asc";
    }
}
