package ma.hirfa.platform.list;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.http.ResponseEntity;

/**
 * One page of a list, which always knows how many rows the whole query found ({@link #total}), and whether
 * the user searched ({@link #filtered}), so that an empty page can say whether the search or the region is
 * empty.
 */
public record ListPage<T>(List<T> items, int page, int size, long total, boolean filtered) implements Iterable<T> {

    /** How many page numbers the pager shows around the current one. */
    static final int WINDOW = 2;

    public ListPage {
        items = List.copyOf(items);
    }

    public <R> ListPage<R> map(Function<? super T, ? extends R> f) {
        return new ListPage<>(items.stream().<R>map(f).toList(), page, size, total, filtered);
    }

    /** The items as an API answer, with the count of the whole query in the X-Total-Count header. */
    public ResponseEntity<List<T>> toResponse() {
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(total)).body(items);
    }

    @Override
    public Iterator<T> iterator() {
        return items.iterator();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** Position (from 1) of the first row on this page, 0 when the page is empty. */
    public long first() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    /** Position (from 1) of the last row on this page. */
    public long last() {
        return (long) page * size + items.size();
    }

    /** The page numbers (from 0) the pager links to: the first, the last, and those around this one. */
    public List<Integer> numbers() {
        int pages = totalPages();
        return IntStream.range(0, pages)
                .filter(n -> n == 0 || n == pages - 1 || Math.abs(n - page) <= WINDOW)
                .boxed()
                .toList();
    }
}
