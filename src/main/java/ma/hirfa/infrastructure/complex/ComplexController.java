package ma.hirfa.infrastructure.complex;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.list.ListOption;
import ma.hirfa.platform.list.ListRequest;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.reference.Province;
import ma.hirfa.reference.ReferenceData;
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

/** Pages of complexes: the region's list, a complex with its projects and photos, and the complex form. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'CHAMBER_MANAGER', 'CHAMBER_AGENT', 'FIELD_AGENT')")
class ComplexController {

    private final Complexes complexes;
    private final ComplexProjects projects;
    private final Photos photos;
    private final ReferenceData reference;
    private final CurrentUsers users;
    private final FormPages forms;

    ComplexController(
            Complexes complexes,
            ComplexProjects projects,
            Photos photos,
            ReferenceData reference,
            CurrentUsers users,
            FormPages forms) {
        this.complexes = complexes;
        this.projects = projects;
        this.photos = photos;
        this.reference = reference;
        this.users = users;
        this.forms = forms;
    }

    @GetMapping({"/infrastructure", "/infrastructure/complexes"})
    String list(
            @RequestParam(required = false) ComplexStatus status,
            @RequestParam(defaultValue = "false") boolean atRisk,
            ListRequest list,
            Model model) {
        Sort order = list.sort(ComplexListing.SORTS);
        model.addAttribute("complexes", complexes.page(status, atRisk ? projects.atRisk() : null, order, list.page()));
        model.addAttribute("atRisk", atRisk);
        model.addAttribute("links", list.links(order));
        model.addAttribute("status", status);
        model.addAttribute("statusOptions", ListOption.of(ComplexStatus.values(), "infrastructure.complex.status"));
        return "infrastructure/complexes/list";
    }

    @GetMapping("/infrastructure/complexes/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        ComplexSummary complex = complexes.find(id);
        model.addAttribute("complex", complex);
        model.addAttribute(
                "craftNames",
                complex.crafts().stream()
                        .map(code -> reference.craftName(code, Language.of(locale)))
                        .toList());
        model.addAttribute("units", complexes.units(id));
        model.addAttribute("projects", projects.of(id));
        model.addAttribute(
                "photos",
                photos.of(id).stream().filter(p -> p.progressId() == null).toList());
        return "infrastructure/complexes/show";
    }

    @GetMapping("/infrastructure/complexes/new")
    String create(Model model) {
        return form(ComplexForm.empty(), null, model);
    }

    @PostMapping("/infrastructure/complexes")
    String create(
            @Valid @ModelAttribute("form") ComplexForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        forms.alsoCheck(errors, () -> complexes.checkRules(form.request()));
        if (errors.hasErrors()) {
            return form(form, null, model);
        }
        return forms.attempt(errors, model, () -> complexes.create(form.request()))
                .map(id -> forms.done(redirect, "infrastructure.complex.created", "/infrastructure/complexes/" + id))
                .orElseGet(() -> form(form, null, model));
    }

    @GetMapping("/infrastructure/complexes/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return form(ComplexForm.of(complexes.find(id)), id, model);
    }

    @PostMapping("/infrastructure/complexes/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ComplexForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        complexes.find(id);
        forms.alsoCheck(errors, () -> complexes.checkRules(form.request()));
        if (errors.hasErrors()) {
            return form(form, id, model);
        }
        return forms.attempt(errors, model, () -> {
                    complexes.update(id, form.request());
                    return id;
                })
                .map(done -> forms.done(redirect, "infrastructure.complex.updated", "/infrastructure/complexes/" + id))
                .orElseGet(() -> form(form, id, model));
    }

    @PostMapping("/infrastructure/complexes/{id}/photos")
    String photo(
            @PathVariable long id,
            @RequestParam(name = "photo", required = false) MultipartFile photo,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect("/infrastructure/complexes/" + id + "#photos", locale, redirect, () -> {
            photos.add(id, null, bytes(photo), null);
            return "infrastructure.photo.added";
        });
    }

    @GetMapping("/infrastructure/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long photoId) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .header("Cache-Control", "private, max-age=86400")
                .header("X-Content-Type-Options", "nosniff")
                .body(photos.content(photoId));
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new IllegalStateException("The uploaded photo could not be read", e);
        }
    }

    private String form(ComplexForm form, Long id, Model model) {
        RegionScope scope = users.current().scope();
        List<Province> provinces = reference.regions().stream()
                .filter(r -> scope.covers(r.code()))
                .flatMap(r -> reference.provinces(r.code()).stream())
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("complexId", id);
        model.addAttribute("provinces", provinces);
        model.addAttribute("statuses", ComplexStatus.values());
        model.addAttribute("crafts", reference.crafts());
        model.addAttribute(
                "communes", form.provinceCode() == null ? List.of() : reference.communes(form.provinceCode()));
        return "infrastructure/complexes/form";
    }
}
