package ma.hirfa.infrastructure.project;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import ma.hirfa.infrastructure.complex.Complexes;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.transfer.Download;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of a project: its form, its page with the small forms that add funding, payments, milestones, progress. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'CHAMBER_MANAGER', 'CHAMBER_AGENT', 'FIELD_AGENT')")
class ProjectController {

    private final Projects projects;
    private final ProjectViews views;
    private final ProjectBriefs briefs;
    private final Complexes complexes;
    private final FormPages forms;

    ProjectController(
            Projects projects, ProjectViews views, ProjectBriefs briefs, Complexes complexes, FormPages forms) {
        this.projects = projects;
        this.views = views;
        this.briefs = briefs;
        this.complexes = complexes;
        this.forms = forms;
    }

    @GetMapping("/infrastructure/complexes/{complexId}/projects/new")
    String create(@PathVariable long complexId, Locale locale, Model model) {
        return form(complexId, ProjectRequest.empty(), locale, model);
    }

    @PostMapping("/infrastructure/complexes/{complexId}/projects")
    String create(
            @PathVariable long complexId,
            @Valid @ModelAttribute("form") ProjectRequest form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        complexes.find(complexId);
        forms.alsoCheck(errors, () -> projects.checkRules(form));
        if (errors.hasErrors()) {
            return form(complexId, form, locale, model);
        }
        return forms.attempt(errors, model, () -> projects.create(complexId, form))
                .map(id -> forms.done(redirect, "infrastructure.project.created", "/infrastructure/projects/" + id))
                .orElseGet(() -> form(complexId, form, locale, model));
    }

    @GetMapping("/infrastructure/projects/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("project", views.view(id, Language.of(locale)));
        model.addAttribute("sources", FundingSource.values());
        model.addAttribute("kinds", DisbursementKind.values());
        model.addAttribute("today", projects.today());
        return "infrastructure/projects/show";
    }

    @PostMapping("/infrastructure/projects/{id}/funding-lines")
    String fundingLine(
            @PathVariable long id,
            @Valid @ModelAttribute FundingLineRequest line,
            BindingResult errors,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                at(id, "funding"),
                errors,
                locale,
                redirect,
                () -> projects.addFundingLine(id, line),
                "infrastructure.funding.added");
    }

    @PostMapping("/infrastructure/projects/{id}/payments")
    String payment(
            @PathVariable long id,
            @Valid @ModelAttribute DisbursementRequest payment,
            BindingResult errors,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                at(id, "payments"),
                errors,
                locale,
                redirect,
                () -> projects.addDisbursement(id, payment),
                "infrastructure.disbursement.added");
    }

    @PostMapping("/infrastructure/projects/{id}/milestones")
    String milestone(
            @PathVariable long id,
            @Valid @ModelAttribute MilestoneRequest milestone,
            BindingResult errors,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                at(id, "milestones"),
                errors,
                locale,
                redirect,
                () -> projects.addMilestone(id, milestone),
                "infrastructure.milestone.added");
    }

    @PostMapping("/infrastructure/projects/{id}/milestones/{milestoneId}/reached")
    String reached(@PathVariable long id, @PathVariable long milestoneId, Locale locale, RedirectAttributes redirect) {
        return forms.redirect(at(id, "milestones"), locale, redirect, () -> {
            projects.reach(id, milestoneId, projects.today());
            return "infrastructure.milestone.reached";
        });
    }

    @PostMapping("/infrastructure/projects/{id}/progress")
    String progress(
            @PathVariable long id,
            @Valid @ModelAttribute ProgressRequest progress,
            BindingResult errors,
            @RequestParam(name = "photo", required = false) MultipartFile photo,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                at(id, "progress"),
                errors,
                locale,
                redirect,
                () -> {
                    long report = projects.addProgress(id, progress);
                    if (photo != null && !photo.isEmpty()) {
                        projects.addPhoto(id, report, bytes(photo));
                    }
                },
                "infrastructure.progress.added");
    }

    @GetMapping("/infrastructure/projects/{id}/brief.pdf")
    ResponseEntity<byte[]> brief(@PathVariable long id) {
        return Download.attachment("funding-brief-" + id + ".pdf", MediaType.APPLICATION_PDF, briefs.pdf(id));
    }

    private String form(long complexId, ProjectRequest form, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("complex", complexes.find(complexId));
        return "infrastructure/projects/form";
    }

    private static String at(long id, String section) {
        return "/infrastructure/projects/" + id + "#" + section;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new IllegalStateException("The uploaded photo could not be read", e);
        }
    }
}
