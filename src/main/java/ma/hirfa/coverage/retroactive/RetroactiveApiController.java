package ma.hirfa.coverage.retroactive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import ma.hirfa.coverage.rights.Explanation;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAnyRole('COVERAGE_OFFICER', 'ADMIN')")
@Tag(name = "Coverage (AMO)")
class RetroactiveApiController {

    private final OwedClaims owed;
    private final MessageSource messages;

    RetroactiveApiController(OwedClaims owed, MessageSource messages) {
        this.owed = owed;
        this.messages = messages;
    }

    @GetMapping("/api/v1/coverage/retroactive")
    @Operation(
            summary = "Claims owed retroactively",
            description = "Claims the fund rejected for rights although the artisan was entitled on the care date,"
                    + " by province, craft and artisan. reason explains the entitlement, fundView what the fund"
                    + " saw on its decision date; policy says whether later payments counted (AMNESTY) or not"
                    + " (STRICT). A regional officer gets 404 for another region.")
    List<OwedClaimResponse> owed(@RequestParam(required = false) String region, Locale locale) {
        return owed.owed(region).stream()
                .map(o -> new OwedClaimResponse(
                        o.claim().id(),
                        o.claim().artisanId(),
                        o.claim().provinceCode(),
                        o.claim().craftCode(),
                        o.claim().careDate(),
                        o.claim().amountClaimed(),
                        text(o.assessment().entitledOnCareDate().explanation(), locale),
                        o.assessment().fundOnDecision().status(),
                        text(o.assessment().fundOnDecision().explanation(), locale),
                        o.assessment().policy(),
                        o.claim().caseStatus()))
                .toList();
    }

    private String text(Explanation e, Locale locale) {
        return messages.getMessage(e.key(), e.arguments(), locale);
    }
}
