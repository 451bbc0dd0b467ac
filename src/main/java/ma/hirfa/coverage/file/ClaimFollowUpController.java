package ma.hirfa.coverage.file;

import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * On the artisan's coverage page: records the fund's decision on a claim already filed (it usually comes weeks
 * later) and adds follow-up notes. The rules are those of the API ({@link ClaimDecisionRules}).
 */
@Controller
@PreAuthorize("hasAnyRole('COVERAGE_OFFICER', 'ADMIN')")
class ClaimFollowUpController {

    private final ArtisanClaims claims;
    private final CoverageFiles files;
    private final FormPages forms;

    ClaimFollowUpController(ArtisanClaims claims, CoverageFiles files, FormPages forms) {
        this.claims = claims;
        this.files = files;
        this.forms = forms;
    }

    @PostMapping("/coverage/artisans/{id}/claims/{claimId}/decision")
    String decide(@PathVariable long id, @PathVariable long claimId, DecisionForm form, RedirectAttributes flash) {
        // another region, another artisan's claim: not found, whatever was typed
        ClaimFile claim = claims.owned(id, claimId);
        String name = "decision-" + claimId;
        forms.inForm(
                name,
                form,
                flash,
                () -> {
                    Refusal problems = Refusal.invalid();
                    ClaimRequest decision = form.read(problems);
                    if (problems.any()) { // tell every problem at once: the rules' too, nothing is written
                        files.checkDecision(claim, decision, problems);
                        problems.throwIfAny();
                    }
                    claims.decide(id, claimId, decision);
                },
                "coverage.claim.decided");
        return "redirect:/coverage/artisans/" + id + "#claim-" + claimId;
    }

    @PostMapping("/coverage/artisans/{id}/claims/{claimId}/notes")
    String note(
            @PathVariable long id,
            @PathVariable long claimId,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        claims.owned(id, claimId);
        String name = "note-" + claimId;
        forms.inForm(name, new NoteForm(note), flash, () -> claims.note(id, claimId, note), "coverage.claim.noted");
        return "redirect:/coverage/artisans/" + id + "#claim-" + claimId;
    }
}
