package ma.hirfa.coverage.file;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coverage start page: find an artisan by national id or registration number, or pick an enrolled one. */
@Controller
@PreAuthorize("hasAnyRole('COVERAGE_OFFICER', 'ADMIN')")
class CoverageHomeController {

    private static final int SHOWN = 200;

    private final CoverageAccess access;
    private final CoverageEnrolmentRepository enrolmentRepository;
    private final RegisteredArtisans artisans;

    CoverageHomeController(
            CoverageAccess access, CoverageEnrolmentRepository enrolmentRepository, RegisteredArtisans artisans) {
        this.access = access;
        this.enrolmentRepository = enrolmentRepository;
        this.artisans = artisans;
    }

    record EnrolledRow(long artisanId, String name, String registrationNumber, Enrolment enrolment) {}

    @GetMapping("/coverage")
    String home(@RequestParam(required = false) String q, Model model) {
        String region = access.region();
        if (q != null && !q.isBlank()) {
            Optional<ArtisanSummary> found = artisans.findByReference(q);
            if (found.isPresent()) {
                return "redirect:/coverage/artisans/" + found.get().id();
            }
            model.addAttribute("notFound", true);
        }
        List<Enrolment> enrolments =
                enrolmentRepository.enrolments(region).stream().limit(SHOWN).toList();
        Map<Long, ArtisanSummary> names =
                artisans.byIds(enrolments.stream().map(Enrolment::artisanId).toList());
        access.read("enrolments", region, "list of enrolments");
        model.addAttribute(
                "enrolled",
                enrolments.stream()
                        .filter(e -> names.containsKey(e.artisanId()))
                        .map(e -> new EnrolledRow(
                                e.artisanId(),
                                names.get(e.artisanId()).displayName(),
                                names.get(e.artisanId()).registrationNumber(),
                                e))
                        .toList());
        model.addAttribute("q", q);
        return "coverage/home";
    }
}
