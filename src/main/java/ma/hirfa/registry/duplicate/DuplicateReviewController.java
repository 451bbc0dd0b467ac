package ma.hirfa.registry.duplicate;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.matching.DuplicatePair;
import ma.hirfa.matching.DuplicateReview;
import ma.hirfa.matching.DuplicateScans;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.list.ListLinks;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.ListRequest;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.registry.artisan.ArtisanRepository;
import ma.hirfa.registry.artisan.ArtisanService;
import ma.hirfa.registry.artisan.ArtisanView;
import ma.hirfa.registry.artisan.ArtisanViews;
import ma.hirfa.registry.artisan.ScopeRegions;
import ma.hirfa.registry.merge.ArtisanMerges;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review queue of possible duplicates, the batch scan that feeds it, and merge decisions. */
@Controller
class DuplicateReviewController {

    private final FormPages forms;

    private final DuplicateReview review;
    private final DuplicateScans scans;
    private final ArtisanMerges merges;
    private final ArtisanService files;
    private final ArtisanRepository artisans;
    private final ArtisanViews views;
    private final CurrentUsers users;

    DuplicateReviewController(
            DuplicateReview review,
            DuplicateScans scans,
            ArtisanMerges merges,
            ArtisanService files,
            ArtisanRepository artisans,
            ArtisanViews views,
            CurrentUsers users,
            FormPages forms) {
        this.forms = forms;
        this.review = review;
        this.scans = scans;
        this.merges = merges;
        this.files = files;
        this.artisans = artisans;
        this.views = views;
        this.users = users;
    }

    @GetMapping("/registry/duplicates")
    String queue(ListRequest asked, HttpServletRequest request, Locale locale, Model model) {
        CurrentUser user = reviewer();
        Sort order = asked.sort(DuplicateReview.QUEUE_SORTS);
        ListPage<DuplicatePair> pairs = review.pending(ScopeRegions.of(user.scope()), order, asked.page());
        Language language = Language.of(locale);
        Map<Long, ArtisanView> files = new HashMap<>();
        artisans.findAllById(pairs.items().stream()
                        .flatMap(p -> java.util.stream.Stream.of(p.artisanA(), p.artisanB()))
                        .distinct()
                        .toList())
                .forEach(a -> files.put(a.id(), views.of(a, language)));
        model.addAttribute(
                "pairs", pairs.map(p -> new DuplicatePairView(p, files.get(p.artisanA()), files.get(p.artisanB()))));
        model.addAttribute("links", ListLinks.of(request, order));
        model.addAttribute("pendingCount", pairs.total());
        model.addAttribute(
                "scan", scans.latest(user.scope().restriction().orElse(null)).orElse(null));
        return "registry/duplicates/list";
    }

    /** The scan's progress, polled by the page while it runs. */
    @GetMapping("/registry/duplicates/scan")
    String scan(Model model) {
        CurrentUser user = reviewer();
        model.addAttribute(
                "scan", scans.latest(user.scope().restriction().orElse(null)).orElse(null));
        return "registry/duplicates/scan :: scan";
    }

    @PostMapping("/registry/duplicates/scan")
    String startScan(RedirectAttributes redirect) {
        CurrentUser user = reviewer();
        scans.start(user.scope().restriction().orElse(null), user.username());
        redirect.addFlashAttribute("message", "registry.duplicate.scan.started");
        return "redirect:/registry/duplicates";
    }

    @GetMapping("/registry/duplicates/{pairId}")
    String pair(@PathVariable long pairId, Locale locale, Model model) {
        DuplicatePair pair = merges.pair(pairId);
        Language language = Language.of(locale);
        ArtisanView a = views.of(files.get(pair.artisanA()), language);
        ArtisanView b = views.of(files.get(pair.artisanB()), language);
        model.addAttribute("pair", pair);
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("fields", PairField.of(a, b));
        return "registry/duplicates/pair";
    }

    @PostMapping("/registry/duplicates/{pairId}/not-duplicate")
    String notDuplicate(@PathVariable long pairId, Locale locale, RedirectAttributes redirect) {
        return forms.redirect("/registry/duplicates", locale, redirect, () -> {
            merges.notDuplicate(pairId);
            return "registry.duplicate.decided.different";
        });
    }

    @PostMapping("/registry/duplicates/{pairId}/merge")
    String merge(@PathVariable long pairId, @RequestParam long survivor, Locale locale, RedirectAttributes redirect) {
        String refused = forms.redirect("/registry/duplicates", locale, redirect, () -> {
            merges.merge(pairId, survivor);
            return "registry.duplicate.merged";
        });
        // merged: the survivor's page; refused: back to the queue with the reason
        return redirect.getFlashAttributes().containsKey("errors")
                ? refused
                : "redirect:/registry/artisans/" + survivor;
    }

    @PostMapping("/registry/artisans/{id}/merge/undo")
    String undo(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return forms.redirect("/registry/artisans/" + id, locale, redirect, () -> {
            merges.undo(id);
            return "registry.duplicate.undone";
        });
    }

    private CurrentUser reviewer() {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.CHAMBER_MANAGER, Role.ADMIN)) {
            throw new AccessDeniedException("reviewers only");
        }
        return user;
    }
}
