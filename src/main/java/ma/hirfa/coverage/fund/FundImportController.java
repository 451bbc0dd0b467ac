package ma.hirfa.coverage.fund;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import ma.hirfa.coverage.file.CoverageRefusedException;
import ma.hirfa.coverage.file.PageMessages;
import ma.hirfa.coverage.rights.Explanation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload a fund file, read its dry-run report row by row, commit it, accept proposed artisans. */
@Controller
@PreAuthorize("hasAnyRole('COVERAGE_OFFICER', 'ADMIN')")
class FundImportController {

    private final FundImports imports;
    private final PageMessages messages;

    FundImportController(FundImports imports, PageMessages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    record RowView(FundImportStore.Row row, String message) {}

    @GetMapping("/coverage/imports")
    String list(Model model) {
        model.addAttribute("imports", imports.recent());
        model.addAttribute("kinds", FundFileKind.values());
        return "coverage/imports";
    }

    @PostMapping("/coverage/imports")
    String upload(
            @RequestParam(required = false) FundFileKind kind,
            @RequestParam(required = false) MultipartFile file,
            Locale locale,
            RedirectAttributes flash)
            throws IOException {
        try {
            FundImports.Uploaded uploaded = imports.upload(
                    kind, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            messages.done(
                    uploaded.alreadyImported() ? "coverage.fund.alreadyImported" : "coverage.fund.dryRunDone",
                    List.of(),
                    locale,
                    flash);
            return "redirect:/coverage/imports/" + uploaded.importId();
        } catch (CoverageRefusedException e) {
            messages.refused(e, locale, flash);
            return "redirect:/coverage/imports";
        }
    }

    @GetMapping("/coverage/imports/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("fundImport", imports.get(id));
        model.addAttribute(
                "rows",
                imports.rows(id).stream()
                        .map(r ->
                                new RowView(r, messages.text(new Explanation(r.messageKey(), r.messageArgs()), locale)))
                        .toList());
        return "coverage/import";
    }

    @PostMapping("/coverage/imports/{id}/commit")
    String commit(@PathVariable long id, Locale locale, RedirectAttributes flash) {
        messages.done(
                imports.commit(id) ? "coverage.fund.committed" : "coverage.fund.alreadyImported",
                List.of(),
                locale,
                flash);
        return "redirect:/coverage/imports/" + id;
    }

    @PostMapping("/coverage/imports/rows/{rowId}/accept")
    String accept(@PathVariable long rowId, @RequestParam long importId, Locale locale, RedirectAttributes flash) {
        try {
            Evaluation result = imports.accept(rowId);
            messages.done(
                    result.outcome() == RowOutcome.REFUSED ? "coverage.fund.acceptRefused" : "coverage.fund.accepted",
                    List.of(new Explanation(result.key(), result.args())),
                    locale,
                    flash);
        } catch (CoverageRefusedException e) {
            messages.refused(e, locale, flash);
        }
        return "redirect:/coverage/imports/" + importId;
    }
}
