package ma.hirfa.platform.list;

/**
 * Which page of a list and how many rows on it: pages count from 0, the size is bounded so that no request
 * can ask for the whole table at once.
 */
public record PageSpec(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageSpec {
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static PageSpec of(Integer page, Integer size) {
        return new PageSpec(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public static PageSpec first(int size) {
        return new PageSpec(0, size);
    }

    public long offset() {
        return (long) page * size;
    }
}
