package ma.hirfa.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.account.AccountService;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/** After login the user's remembered language wins over the one of the login page. */
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
        accounts.preferredLanguage(auth.getName())
                .flatMap(Language::of)
                .ifPresent(language -> locales.setLocale(request, response, language.locale()));
        super.onAuthenticationSuccess(request, response, auth);
    }
}
