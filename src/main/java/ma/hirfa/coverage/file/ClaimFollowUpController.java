package ma.hirfa.coverage.file;

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
    private final PageMessages messages;

    ClaimFollowUpController(ArtisanClaims claims, CoverageFiles files, PageMessages messages) {
        this.claims = claims;
        this.files = files;
        this.messages = messages;
    }

    @PostMapping("/coverage/artisans/{id}/claims/{claimId}/decision")
    String decide(@PathVariable long id, @PathVariable long claimId, DecisionForm form, RedirectAttributes flash) {
        // another region, another artisan's claim: not found, whatever was typed
        ClaimFile claim = claims.owned(id, claimId);
        String name = "decision-" + claimId;
        try {
            Problems problems = new Problems();
            ClaimRequest decision = form.read(problems);
            if (problems.any()) { // tell every problem at once: the rules' too, nothing is written
                files.checkDecision(claim, decision, problems);
                problems.throwIfAny();
            }
            claims.decide(id, claimId, decision);
            messages.savedForm(name, "coverage.claim.decided", flash);
        } catch (CoverageRefusedException e) {
            messages.refusedForm(name, form, e, flash);
        }
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
        try {
            claims.note(id, claimId, note);
            messages.savedForm(name, "coverage.claim.noted", flash);
        } catch (CoverageRefusedException e) {
            messages.refusedForm(name, new NoteForm(note), e, flash);
        }
        return "redirect:/coverage/artisans/" + id + "#claim-" + claimId;
    }
}
