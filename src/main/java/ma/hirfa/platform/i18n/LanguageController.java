package ma.hirfa.platform.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.account.AccountService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The header's language switch for a signed-in user (issue 13 item 12): a POST, since it saves the choice on the
 * account (audited) besides switching this browser, then goes back to the page the user was reading.
 */
@Controller
class LanguageController {

    private final LocaleResolver locales;
    private final CurrentUsers users;
    private final AccountService accounts;

    LanguageController(LocaleResolver locales, CurrentUsers users, AccountService accounts) {
        this.locales = locales;
        this.users = users;
        this.accounts = accounts;
    }

    @PostMapping("/language")
    RedirectView choose(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String back,
            HttpServletRequest request,
            HttpServletResponse response) {
        Language.of(lang).ifPresent(language -> {
            locales.setLocale(request, response, language.locale());
            users.find().ifPresent(user -> accounts.changeLanguage(user.username(), language.code()));
        });
        RedirectView redirect = new RedirectView(localPath(back), true);
        // A path the user was on may hold braces; they are not template variables.
        redirect.setExpandUriTemplateVariables(false);
        return redirect;
    }

    /**
     * The page to go back to when it is a path of this application, else the home page: never another site
     * ({@code //evil.example}, {@code https://evil.example}, {@code /\evil.example} all lead to {@code /}).
     */
    static String localPath(String back) {
        if (back == null
                || !back.startsWith("/")
                || back.startsWith("//")
                || back.indexOf('\\') >= 0
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return "/";
        }
        try {
            URI uri = new URI(back);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? back : "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
