package ma.hirfa.platform.list;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
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
        int number = Objects.requireNonNullElse(number(web, binders, parameter, "page"), 0);
        Integer rows = number(web, binders, parameter, "size");
        return new ListRequest(
                web.getNativeRequest(HttpServletRequest.class),
                number,
                rows,
                web.getParameter("sort"),
                web.getParameter("dir"));
    }

    /**
     * The query parameter {@code name} as a number, null when absent; a value that is no number is refused as
     * a mistyped controller parameter would be, so that the 400 page and the API's problem name it.
     */
    private static Integer number(
            NativeWebRequest web, WebDataBinderFactory binders, MethodParameter parameter, String name)
            throws Exception {
        String value = web.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return binders.createBinder(web, null, name).convertIfNecessary(value.strip(), Integer.class, parameter);
        } catch (TypeMismatchException e) {
            throw new MethodArgumentTypeMismatchException(value, Integer.class, name, parameter, e.getCause());
        }
    }
}
