package ma.hirfa.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import ma.hirfa.platform.Language;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * Pages: the language cookie, else Arabic. The JSON API also honours Accept-Language, since its clients
 * are programs that cannot pick a language from a menu.
 */
public class HirfaLocaleResolver implements LocaleResolver {

    public static final String COOKIE = "HIRFA_LANG";
    private static final String ATTRIBUTE = HirfaLocaleResolver.class.getName() + ".LOCALE";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        Optional<Language> fromCookie = Language.of(cookie == null ? null : cookie.getValue());
        if (fromCookie.isPresent()) {
            return fromCookie.get().locale();
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return fromAcceptLanguage(request).orElse(Language.DEFAULT).locale();
        }
        return Language.DEFAULT.locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language language = Language.of(locale);
        request.setAttribute(ATTRIBUTE, language.locale());
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language.code());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static Optional<Language> fromAcceptLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> Language.of(range.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
