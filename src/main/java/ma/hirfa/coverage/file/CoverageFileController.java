package ma.hirfa.coverage.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import ma.hirfa.coverage.rights.ClaimDecision;
import ma.hirfa.coverage.rights.Regime;
import ma.hirfa.coverage.rights.RejectionReason;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Language;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanProfile;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An artisan's coverage page: enrolment, contributions, claim files and rights month by month. */
@Controller
@PreAuthorize("hasAnyRole('COVERAGE_OFFICER', 'ADMIN')")
class CoverageFileController {

    private final CoverageFiles files;
    private final CoverageRights rights;
    private final CoverageAccess access;
    private final FormPages forms;
    private final MessageSource messages;
    private final ReferenceData reference;
    private final Beneficiaries beneficiaries;
    private final ArtisanClaims artisanClaims;

    CoverageFileController(
            CoverageFiles files,
            CoverageRights rights,
            CoverageAccess access,
            FormPages forms,
            MessageSource messages,
            ReferenceData reference,
            Beneficiaries beneficiaries,
            ArtisanClaims artisanClaims) {
        this.beneficiaries = beneficiaries;
        this.artisanClaims = artisanClaims;
        this.files = files;
        this.rights = rights;
        this.access = access;
        this.forms = forms;
        this.messages = messages;
        this.reference = reference;
    }

    @GetMapping("/coverage/artisans/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "24") int months,
            Locale locale,
            Model model) {
        ArtisanProfile artisan = access.artisan(id);
        LocalDate date = asOf == null ? files.today() : asOf;
        int span = Math.max(1, Math.min(months, CoverageRights.MAX_MONTHS));
        YearMonth to = YearMonth.from(date);
        model.addAttribute("artisan", artisan);
        model.addAttribute("province", reference.provinceName(artisan.provinceCode(), Language.of(locale)));
        model.addAttribute("enrolment", files.enrolment(id).orElse(null));
        model.addAttribute("contributions", files.contributions(id));
        List<ClaimFile> claims = files.claims(id);
        model.addAttribute("claims", claims);
        model.addAttribute("decisionForms", claims.stream().collect(Collectors.toMap(ClaimFile::id, DecisionForm::of)));
        model.addAttribute("notes", artisanClaims.notes(id));
        model.addAttribute("owed", artisanClaims.owed(id, claims));
        model.addAttribute("beneficiaries", beneficiaries.of(id));
        List<CoverageRights.MonthRights> monthRights = rights.months(id, to.minusMonths(span - 1L), to, date);
        model.addAttribute("months", monthRights);
        model.addAttribute("grid", RightsGrid.of(monthRights));
        model.addAttribute("statuses", ma.hirfa.coverage.rights.RightsStatus.values());
        model.addAttribute("asOf", date);
        model.addAttribute("today", files.today());
        model.addAttribute("regimes", Regime.values());
        model.addAttribute("decisions", ClaimDecision.values());
        model.addAttribute("reasons", RejectionReason.values());
        model.addAttribute("relations", Relation.values());
        return "coverage/artisan";
    }

    @PostMapping("/coverage/artisans/{id}/enrolment")
    String enrol(
            @PathVariable long id,
            @RequestParam(required = false) Regime regime,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate enrolledOn,
            @RequestParam(required = false) String fundNumber,
            @RequestParam(required = false) EnrolmentStatus status,
            Locale locale,
            RedirectAttributes flash) {
        return forms.redirect("/coverage/artisans/" + id, locale, flash, () -> {
            files.enrol(id, new EnrolmentRequest(regime, enrolledOn, fundNumber, status, null));
            return "coverage.enrolment.saved";
        });
    }

    @PostMapping("/coverage/artisans/{id}/contributions")
    String contribute(
            @PathVariable long id,
            @RequestParam(required = false) YearMonth month,
            @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedOn,
            Locale locale,
            RedirectAttributes flash) {
        return forms.redirect("/coverage/artisans/" + id, locale, flash, () -> {
            ContributionOutcome outcome = files.contribute(
                    id, new ContributionRequest(month, amount, paidOn, recordedOn), ContributionSource.PAGE);
            flash.addFlashAttribute(
                    "warnings",
                    outcome.warnings().stream()
                            .map(w -> messages.getMessage(w.key(), w.arguments(), locale))
                            .toList());
            return outcome.created() ? "coverage.contribution.saved" : "coverage.contribution.unchanged";
        });
    }

    @PostMapping("/coverage/artisans/{id}/claims")
    String fileClaim(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate careDate,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedOn,
            @RequestParam(required = false) BigDecimal amountClaimed,
            @RequestParam(required = false) ClaimDecision decision,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
            @RequestParam(required = false) RejectionReason rejectionReason,
            @RequestParam(required = false) BigDecimal amountReimbursed,
            Locale locale,
            RedirectAttributes flash) {
        return forms.redirect("/coverage/artisans/" + id, locale, flash, () -> {
            files.fileClaim(
                    id,
                    new ClaimRequest(
                            careDate,
                            filedOn,
                            amountClaimed,
                            decision,
                            decidedOn,
                            rejectionReason,
                            amountReimbursed,
                            null));
            return "coverage.claim.saved";
        });
    }
}
