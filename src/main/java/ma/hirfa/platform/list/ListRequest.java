package ma.hirfa.platform.list;

/**
 * What a list page's address asks for beside its filters: which page, how many rows, which sort. Bound from
 * {@code ?page=&size=&sort=&dir=} as a parameter of the controller method, so every list reads them alike; the
 * sort goes through the list's allow-list, the size through {@link PageSpec}'s bounds.
 */
public record ListRequest(Integer page, Integer size, String sort, String dir) {

    /** The sort asked for if the list allows it, otherwise the list's default. */
    public Sort sortOn(SortColumns columns) {
        return columns.resolve(sort, dir);
    }

    /** The page asked for, with the kit's default size unless the user chose one. */
    public PageSpec spec() {
        return PageSpec.of(page, size);
    }
}
