package ma.hirfa.platform.list;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a list page's address asks for beside its filters: the page number, the page size the user chose
 * ({@code ?size=}, bounded by {@link PageSpec}) and the sort the user clicked, with the request whose filters the
 * pager's links keep. A page controller takes it as a parameter ({@link ListRequests} resolves it)
 * instead of {@code page}, {@code sort}, {@code dir} and the servlet request:
 *
 * <pre>{@code
 * Sort order = list.sort(ContractRepository.SORTS);
 * model.addAttribute("contracts", service.search(status, order, list.page()));
 * model.addAttribute("links", list.links(order));
 * }</pre>
 */
public final class ListRequest {

    private final HttpServletRequest request;
    private final int page;
    private final Integer size;
    private final String sort;
    private final String dir;

    ListRequest(HttpServletRequest request, int page, Integer size, String sort, String dir) {
        this.request = request;
        this.page = page;
        this.size = size;
        this.sort = sort;
        this.dir = dir;
    }

    /** The sort asked for if {@code columns} allow it, otherwise their default. */
    public Sort sort(SortColumns columns) {
        return columns.resolve(sort, dir);
    }

    /** The page asked for, {@link PageSpec#DEFAULT_SIZE} rows long unless the user chose a size. */
    public PageSpec page() {
        return PageSpec.of(page, size);
    }

    /** The pager's and the headers' links, keeping every filter of this request. */
    public ListLinks links(Sort order) {
        return ListLinks.of(request, order);
    }
}
