package ma.hirfa.platform.layout;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.NavItem;
import ma.hirfa.platform.Navigation;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: language and direction, the user, and the navigation for their role. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final CurrentUsers users;
    private final List<Navigation> navigations;

    LayoutAdvice(CurrentUsers users, List<Navigation> navigations) {
        this.users = users;
        this.navigations = navigations;
    }

    @ModelAttribute("language")
    Language language(Locale locale) {
        return Language.of(locale);
    }

    @ModelAttribute("languages")
    Language[] languages() {
        return Language.values();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return users.find().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavItem> navigation() {
        return users.find()
                .map(user -> navigations.stream()
                        .flatMap(n -> n.itemsFor(user).stream())
                        .sorted(Comparator.comparingInt(NavItem::order))
                        .toList())
                .orElse(List.of());
    }
}
