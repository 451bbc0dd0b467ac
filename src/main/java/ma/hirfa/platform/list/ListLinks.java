package ma.hirfa.platform.list;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list page that keep every filter of the current query: to another page, to another sort.
 * Built from the request, so a module adds no filter to a pager by hand.
 */
public final class ListLinks {

    private final String path;
    private final String query;
    private final Sort sort;

    private ListLinks(String path, String query, Sort sort) {
        this.path = path;
        this.query = query;
        this.sort = sort;
    }

    public static ListLinks of(HttpServletRequest request, Sort sort) {
        String context = request.getContextPath();
        String uri = request.getRequestURI();
        return new ListLinks(
                uri.startsWith(context) ? uri.substring(context.length()) : uri, request.getQueryString(), sort);
    }

    /** The current query on page {@code n} (from 0). */
    public String page(int n) {
        return base().replaceQueryParam("page", n).build().toUriString();
    }

    /** The current query sorted on {@code column}, from the first page; a second click reverses the order. */
    public String sort(String column) {
        return base().replaceQueryParam("page")
                .replaceQueryParam("sort", column)
                .replaceQueryParam("dir", sort == null ? "asc" : sort.nextDirection(column))
                .build()
                .toUriString();
    }

    /** The current query with {@code n} rows a page, from the first page. */
    public String size(int n) {
        return base().replaceQueryParam("page")
                .replaceQueryParam("size", n)
                .build()
                .toUriString();
    }

    /** The current query sent to another address (an export), without page and sort. */
    public String to(String otherPath, String... extra) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(otherPath).query(query);
        b.replaceQueryParam("page").replaceQueryParam("sort").replaceQueryParam("dir");
        for (int i = 0; i + 1 < extra.length; i += 2) {
            b.replaceQueryParam(extra[i], extra[i + 1]);
        }
        return b.build().toUriString();
    }

    public String ariaSort(String column) {
        return sort == null ? "none" : sort.ariaSort(column);
    }

    private UriComponentsBuilder base() {
        return UriComponentsBuilder.fromPath(path).query(query);
    }
}
