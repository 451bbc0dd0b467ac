package ma.hirfa.platform.layout;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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

    /**
     * Where the header's language switch (a POST for signed-in users) brings the user back: this page with its
     * query but without {@code lang}; after a form was posted, the page that posted it (a POST's path may have no
     * page to GET). The switch itself refuses anything but a local path.
     */
    @ModelAttribute("returnTo")
    String returnTo(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return refererPath(request.getHeader("Referer"));
        }
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String uri ? uri : request.getRequestURI();
        String query = failed == null ? request.getQueryString() : null;
        String kept = query == null
                ? ""
                : Arrays.stream(query.split("&"))
                        .filter(part -> !part.equals("lang") && !part.startsWith("lang="))
                        .collect(Collectors.joining("&"));
        return path.substring(Math.min(path.length(), request.getContextPath().length()))
                + (kept.isEmpty() ? "" : "?" + kept);
    }

    private static String refererPath(String referer) {
        try {
            URI uri = referer == null ? null : URI.create(referer);
            return uri == null || uri.getRawPath() == null
                    ? "/"
                    : uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "/";
        }
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
