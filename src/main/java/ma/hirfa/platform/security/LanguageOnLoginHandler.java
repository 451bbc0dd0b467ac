package ma.hirfa.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.i18n.HirfaLocaleResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * After login the user reads Hirfa in the language the login page was shown in when they chose it there (the
 * language cookie of this browser), and that choice is saved on their account; on a browser where no language
 * was chosen, the account's remembered language wins over the default of the login page.
 */
class LanguageOnLoginHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final AccountService accounts;
    private final LocaleResolver locales;

    LanguageOnLoginHandler(AccountService accounts, LocaleResolver locales) {
        this.accounts = accounts;
        this.locales = locales;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws ServletException, IOException {
        Optional<Language> chosen = chosenOnThisBrowser(request);
        chosen.ifPresent(language -> accounts.changeLanguage(auth.getName(), language.code()));
        chosen.or(() -> accounts.preferredLanguage(auth.getName()).flatMap(Language::of))
                .ifPresent(language -> locales.setLocale(request, response, language.locale()));
        super.onAuthenticationSuccess(request, response, auth);
    }

    private static Optional<Language> chosenOnThisBrowser(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, HirfaLocaleResolver.COOKIE);
        return Language.of(cookie == null ? null : cookie.getValue());
    }
}
