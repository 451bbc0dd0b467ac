package ma.hirfa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class MultipartCsrfTokenRequestHandlerTest {

    private final MultipartCsrfTokenRequestHandler handler = new MultipartCsrfTokenRequestHandler();
    private final CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "a-session-token");

    @Test
    void readsTheTokenOfAMultipartFormFromTheQueryStringWithoutParsingTheBody() {
        MockHttpServletRequest request = new BodyThatCannotBeParsed();
        request.setContentType("multipart/form-data; boundary=x");
        request.setQueryString("_csrf=" + URLEncoder.encode(masked(), StandardCharsets.UTF_8));

        assertThat(handler.resolveCsrfTokenValue(request, token)).isEqualTo("a-session-token");
    }

    @Test
    void stillReadsTheTokenFromTheBodyOfOtherForms() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/registry/artisans");
        request.setContentType("application/x-www-form-urlencoded");
        request.setParameter("_csrf", masked());

        assertThat(handler.resolveCsrfTokenValue(request, token)).isEqualTo("a-session-token");
    }

    @Test
    void refusesAWrongTokenInTheQueryString() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/registry/artisans/1/documents");
        request.setContentType("multipart/form-data; boundary=x");
        request.setQueryString("_csrf=forged");

        assertThat(handler.resolveCsrfTokenValue(request, token)).isNull();
    }

    /** The masked form a page would embed, as produced by the handler for the current request. */
    private String masked() {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/");
        handler.handle(page, new MockHttpServletResponse(), () -> token);
        return ((CsrfToken) page.getAttribute("_csrf")).getToken();
    }

    /** Like Tomcat with an upload above its limit: any attempt to read body parameters fails. */
    private static final class BodyThatCannotBeParsed extends MockHttpServletRequest {

        BodyThatCannotBeParsed() {
            super("POST", "/registry/artisans/1/documents");
        }

        @Override
        public String getParameter(String name) {
            throw new IllegalStateException("body too large to parse");
        }
    }
}
