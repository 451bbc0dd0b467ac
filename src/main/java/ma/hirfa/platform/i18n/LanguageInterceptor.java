package ma.hirfa.platform.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.account.AccountService;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code ?lang=ar|fr|zgh} switches the language and, for a signed-in user, remembers it in the account.
 * Any other value is ignored: the page shows in the current language instead of an error.
 */
class LanguageInterceptor implements HandlerInterceptor {

    private final LocaleResolver localeResolver;
    private final CurrentUsers users;
    private final AccountService accounts;

    LanguageInterceptor(LocaleResolver localeResolver, CurrentUsers users, AccountService accounts) {
        this.localeResolver = localeResolver;
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Language.of(request.getParameter("lang")).ifPresent(language -> {
            localeResolver.setLocale(request, response, language.locale());
            users.find().ifPresent(user -> accounts.changeLanguage(user.username(), language.code()));
        });
        return true;
    }
}
