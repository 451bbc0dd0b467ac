package ma.hirfa.coverage.retroactive;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import ma.hirfa.coverage.file.CaseStatus;
import ma.hirfa.coverage.file.CoverageFiles;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.transfer.Download;
import ma.hirfa.platform.transfer.ExportFormat;
import ma.hirfa.reference.ReferenceData;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owed claims by province, craft and artisan, their letters, the batch file and the follow-up of cases. */
@Controller
@PreAuthorize("hasAnyRole('COVERAGE_OFFICER', 'ADMIN')")
class RetroactiveController {

    private final OwedClaims owed;
    private final RetroactiveLetters letters;
    private final CoverageFiles files;
    private final ReferenceData reference;
    private final FormPages forms;

    RetroactiveController(
            OwedClaims owed,
            RetroactiveLetters letters,
            CoverageFiles files,
            ReferenceData reference,
            FormPages forms) {
        this.owed = owed;
        this.letters = letters;
        this.files = files;
        this.reference = reference;
        this.forms = forms;
    }

    @GetMapping("/coverage/retroactive")
    String list(@RequestParam(required = false) Boolean notified, Locale locale, Model model) {
        // ?notified=0, from the home page: only the claims no letter has been sent for yet
        List<OwedClaim> claims = owed.owed(null).stream()
                .filter(o -> notified == null || (o.claim().caseStatus() != null) == notified)
                .toList();
        model.addAttribute("notified", notified);
        model.addAttribute("groups", OwedGroups.of(claims, reference, Language.of(locale)));
        model.addAttribute("notes", owed.notes(claims));
        model.addAttribute("policy", owed.policy());
        model.addAttribute("caseStatuses", CaseStatus.values());
        return "coverage/retroactive";
    }

    @GetMapping("/coverage/retroactive/letters/{artisanId}")
    ResponseEntity<byte[]> letter(@PathVariable long artisanId) {
        return Download.attachment(
                "hirfa-amo-" + artisanId + ".pdf", MediaType.APPLICATION_PDF, letters.letter(artisanId));
    }

    @GetMapping("/coverage/retroactive/batch.csv")
    ResponseEntity<byte[]> batch() {
        return Download.attachment(
                "hirfa-amo-owed-claims.csv",
                Download.mediaType(ExportFormat.CSV),
                letters.batch().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/coverage/retroactive/claims/{claimId}/follow-up")
    String follow(
            @PathVariable long claimId,
            @RequestParam(required = false) CaseStatus caseStatus,
            @RequestParam(required = false) String note,
            Locale locale,
            RedirectAttributes flash) {
        return forms.redirect(
                "/coverage/retroactive",
                locale,
                flash,
                () -> files.follow(claimId, caseStatus, note),
                "coverage.retroactive.followed");
    }
}
