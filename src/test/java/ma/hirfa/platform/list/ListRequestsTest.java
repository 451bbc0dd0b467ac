package ma.hirfa.platform.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.support.DefaultDataBinderFactory;
import org.springframework.web.context.request.ServletWebRequest;

class ListRequestsTest {

    private static final SortColumns SORTS =
            SortColumns.by("recent", "id", false).or("name", "name").build();

    @Test
    void theQueryGivesThePageTheAllowedSortAndLinksThatKeepTheFilters() throws Exception {
        ListRequest list = resolve("status=RUNNING&page=2&sort=name&dir=desc");

        Sort order = list.sort(SORTS);
        assertThat(order.key()).isEqualTo("name");
        assertThat(order.ascending()).isFalse();
        assertThat(list.page()).isEqualTo(new PageSpec(2, PageSpec.DEFAULT_SIZE));
        assertThat(list.links(order).page(3)).contains("status=RUNNING", "page=3", "sort=name");
    }

    @Test
    void noPageIsTheFirstAndAColumnNotAllowedIsTheDefaultSort() throws Exception {
        ListRequest list = resolve("sort=password&dir=asc");

        assertThat(list.page().page()).isZero();
        assertThat(list.sort(SORTS).byDefault()).isTrue();
        assertThat(resolve("page=").page().page()).isZero();
    }

    @Test
    void aPageThatIsNotANumberIsRefusedAsBeforeWithA400() {
        assertThatThrownBy(() -> resolve("page=two")).isInstanceOf(TypeMismatchException.class);
    }

    private static ListRequest resolve(String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/apprenticeship/contracts");
        request.setQueryString(query);
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            request.addParameter(kv[0], kv.length > 1 ? kv[1] : "");
        }
        MethodParameter parameter =
                new MethodParameter(ListRequestsTest.class.getDeclaredMethod("handler", ListRequest.class), 0);
        return new ListRequests()
                .resolveArgument(parameter, null, new ServletWebRequest(request), new DefaultDataBinderFactory(null));
    }

    @SuppressWarnings("unused")
    private static void handler(ListRequest list) {}
}
