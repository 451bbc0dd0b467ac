package ma.hirfa.platform.list;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ListLinksTest {

    private static final SortColumns SORTS =
            SortColumns.by("recent", "id", false).or("name", "name").build();

    @Test
    void aPageLinkKeepsEveryFilterAndTheSort() {
        ListLinks links = links("q=%D8%A3%D8%AD%D9%85%D8%AF&province=08&page=2&sort=name&dir=asc");

        assertThat(links.page(3))
                .startsWith("/registry/artisans?")
                .contains("q=%D8%A3%D8%AD%D9%85%D8%AF", "province=08", "sort=name", "dir=asc", "page=3")
                .doesNotContain("page=2");
    }

    @Test
    void aSortLinkReversesTheSortedColumnAndGoesBackToTheFirstPage() {
        ListLinks links = links("province=08&page=2&sort=name&dir=asc");

        assertThat(links.sort("name"))
                .contains("province=08", "sort=name", "dir=desc")
                .doesNotContain("page=");
        assertThat(links.ariaSort("name")).isEqualTo("ascending");
        assertThat(links.ariaSort("recent")).isEqualTo("none");
    }

    @Test
    void anExportLinkTakesTheFiltersButNotThePage() {
        ListLinks links = links("province=08&page=2&sort=name&dir=asc");

        assertThat(links.to("/registry/artisans/export", "format", "xlsx"))
                .isEqualTo("/registry/artisans/export?province=08&format=xlsx");
    }

    private static ListLinks links(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/registry/artisans");
        request.setQueryString(query);
        String sort = query.contains("sort=name") ? "name" : null;
        String dir = query.contains("dir=asc") ? "asc" : null;
        return ListLinks.of(request, SORTS.resolve(sort, dir));
    }
}
