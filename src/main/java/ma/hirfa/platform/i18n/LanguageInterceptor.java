package ma.hirfa.platform.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ma.hirfa.platform.Language;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code ?lang=ar|fr|zgh} switches the language of this browser only (its locale cookie): a link may be followed
 * by anyone, so it never changes what is saved. A signed-in user's choice is saved by {@link LanguageController}'s
 * POST. Any other value is ignored: the page shows in the current language instead of an error.
 */
class LanguageInterceptor implements HandlerInterceptor {

    private final LocaleResolver localeResolver;

    LanguageInterceptor(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Language.of(request.getParameter("lang"))
                .ifPresent(language -> localeResolver.setLocale(request, response, language.locale()));
        return true;
    }
}
