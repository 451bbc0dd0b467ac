package ma.hirfa.platform.list;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a controller method its {@link ListRequest} from the query ({@code page}, {@code size}, {@code sort}, {@code dir}),
 * as {@code @RequestParam(defaultValue = "0") int page} did: no page is the first, a page that is not a number
 * is a 400.
 */
@Configuration(proxyBeanMethods = false)
class ListRequests implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ListRequest.class;
    }

    @Override
    public ListRequest resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest web,
            WebDataBinderFactory binders)
            throws Exception {
        String page = web.getParameter("page");
        int number = page == null || page.isBlank() ? 0 : convert(web, binders, "page", page, int.class, parameter);
        String size = web.getParameter("size");
        Integer rows =
                size == null || size.isBlank() ? null : convert(web, binders, "size", size, Integer.class, parameter);
        return new ListRequest(
                web.getNativeRequest(HttpServletRequest.class),
                number,
                rows,
                web.getParameter("sort"),
                web.getParameter("dir"));
    }

    /** Fails as a {@code @RequestParam} would, so the 400 page and the API name the parameter. */
    private static <T> T convert(
            NativeWebRequest web,
            WebDataBinderFactory binders,
            String name,
            String value,
            Class<T> type,
            MethodParameter parameter)
            throws Exception {
        try {
            return binders.createBinder(web, null, name).convertIfNecessary(value.strip(), type, parameter);
        } catch (TypeMismatchException e) {
            throw new MethodArgumentTypeMismatchException(value, type, name, parameter, e.getCause());
        }
    }
}
