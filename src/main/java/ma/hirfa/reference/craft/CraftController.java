package ma.hirfa.reference.craft;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The crafts nomenclature in force, its earlier versions, and (for administrators) the upload of a new one. */
@Controller
class CraftController {

    private final CraftCatalogue catalogue;
    private final NomenclatureImport importer;
    private final MessageSource messages;

    CraftController(CraftCatalogue catalogue, NomenclatureImport importer, MessageSource messages) {
        this.catalogue = catalogue;
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping("/reference/crafts")
    @PreAuthorize("!hasRole('ARTISAN')")
    String list(Model model, Locale locale) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NomenclatureForm("", true));
        }
        return page(model, List.of(), locale);
    }

    @PostMapping("/reference/crafts/nomenclatures")
    @PreAuthorize("hasRole('ADMIN')")
    String upload(
            @Valid @ModelAttribute("form") NomenclatureForm form,
            BindingResult binding,
            @RequestParam("file") MultipartFile file,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        if (file.isEmpty()) {
            binding.reject("reference.crafts.import.noFile");
        }
        if (binding.hasErrors()) {
            return page(model, List.of(), locale);
        }
        List<RowError> errors = importer.replaceWith(form.label(), form.official(), file.getBytes());
        if (!errors.isEmpty()) {
            return page(model, errors, locale);
        }
        redirect.addFlashAttribute("message", "reference.crafts.import.done");
        return "redirect:/reference/crafts";
    }

    private String page(Model model, List<RowError> errors, Locale locale) {
        model.addAttribute("crafts", catalogue.active());
        model.addAttribute("versions", catalogue.versions());
        model.addAttribute(
                "importErrors", errors.stream().map(e -> describe(e, locale)).toList());
        model.addAttribute("header", String.join(",", CraftCsvParser.HEADER));
        return "reference/crafts";
    }

    private String describe(RowError error, Locale locale) {
        String message = messages.getMessage(error.messageKey(), error.arguments(), locale);
        return error.line() > 0
                ? messages.getMessage("reference.crafts.import.line", new Object[] {error.line()}, locale) + " "
                        + message
                : message;
    }
}
